"""The lecture's extension functions in pure Python: the twin of ``src/bin/extension_functions.rs``
(the lecture's ``py_primes`` is its own Python baseline)."""

from collections.abc import Callable
from math import isqrt

import demo_report
from demo_report import Report, parse_args

# ``cargo xtask bench 14`` passes the lecture's 10 000 000 instead (benches.toml).
SIEVE_SIZE = 1_000_000
# fibonacci(50) is timed over this many calls: one call is too short for the clock.
FIB_CALLS = 1000


def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def py_primes(n: int) -> list[int]:
    """The lecture's Python baseline: a sieve of Eratosthenes, crossing out from p * p."""
    # One element at a time on purpose: the bench times this loop against the lecture's figure
    # for its Python version; `is_prime[p * p :: p] = ...` would be faster and measure another
    # program.
    is_prime = [True] * (n + 1)
    for p in range(2, isqrt(n) + 1):
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
    return [number for number in range(2, n + 1) if is_prime[number]]


class Counter:
    def __init__(self, start: int) -> None:
        self.value = start

    def increment(self) -> None:
        self.value += 1

    def get_value(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"Counter(value={self.value})"


def median_time(kernel: Callable[[], int]) -> tuple[int, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    return demo_report.median_seconds(5, kernel)


def demo(report: Report, size: int | None = None) -> None:
    report.say("The lecture's extension functions, in Python:")
    report.result("fibonacci(50)", fibonacci(50))
    counter = Counter(0)
    counter.increment()
    counter.increment()
    report.result("counter.get_value()", counter.get_value())
    report.result("repr(counter)", repr(counter))
    primes = py_primes(100_000)
    report.result("len(primes_up_to(100_000))", len(primes))
    report.result("sum(primes_up_to(100_000))", sum(primes))
    n = SIEVE_SIZE if size is None else size
    report.say(
        f"\nThe sieve up to {n}, the median of 5 in this process (the lecture times 10 000 000):"
    )
    count, seconds = median_time(lambda: len(py_primes(n)))
    report.timed("sieve_count", count, seconds)
    report.say(
        f'\nfibonacci(50), "computed in microseconds": one call, of {FIB_CALLS} (median of 5):'
    )

    def many_calls() -> int:
        last = 0
        for _ in range(FIB_CALLS):
            last = fibonacci(50)
        return last

    fib, seconds = median_time(many_calls)
    report.timed("fibonacci_50_per_call", fib, seconds / FIB_CALLS)


if __name__ == "__main__":
    options = parse_args("extension_functions", "the lecture's PyO3 functions and class, in Python")
    demo(Report("extension_functions", json_lines=options.json), options.size)
