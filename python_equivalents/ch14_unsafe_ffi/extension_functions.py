"""The lecture's extension functions in pure Python: the twin of ``src/bin/extension_functions.rs``
(the lecture's ``py_primes`` is its own Python baseline)."""

import time

from demo_report import Report, parse_args

SIEVE_SIZE = 1_000_000


def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def py_primes(n: int) -> list[int]:
    sieve = [True] * (n + 1)
    for i in range(2, int(n**0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i in range(2, n + 1) if sieve[i]]


class Counter:
    def __init__(self, start: int) -> None:
        self.value = start

    def increment(self) -> None:
        self.value += 1

    def get_value(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"Counter(value={self.value})"


def demo(report: Report) -> None:
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
    report.say(
        f"\nThe sieve up to {SIEVE_SIZE}, timed in this process (the lecture times 10 000 000):"
    )
    start = time.perf_counter()
    count = len(py_primes(SIEVE_SIZE))
    report.timed("sieve_count", count, time.perf_counter() - start)


if __name__ == "__main__":
    options = parse_args("extension_functions", "the lecture's PyO3 functions and class, from Rust")
    demo(Report("extension_functions", json_lines=options.json))
