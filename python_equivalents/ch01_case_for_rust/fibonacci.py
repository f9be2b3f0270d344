"""Performance, from minutes to milliseconds: the twin of ``src/bin/fibonacci.rs``.

The lecture times ``[fibonacci(i) for i in range(10_000_000)]``. Each call loops ``i - 1`` times,
so the list costs about N²/2 loop steps, on integers that grow to two million digits: it never
finishes. This twin counts those steps, times the loop at sizes that finish, times an honest
kernel of the same loop (``fibonacci(i % 90)``, exact in both languages), and shows the bytecode
the interpreter runs for each step.
"""

from __future__ import annotations

import dis
import math
import time
from collections.abc import Callable
from types import CodeType
from typing import TypeVar

import demo_report
from demo_report import Report, human_seconds, parse_args

LECTURE_N = 10_000_000
LECTURE_SERIES = (1_000, 2_000, 4_000)
# fibonacci(89) < 2**64, so the Rust side computes the same values without wrapping.
KERNEL_PERIOD = 90
DEFAULT_SIZE = 50_000
REPETITIONS = 5
MODULUS = 2**64

T = TypeVar("T")


def fibonacci(n: int) -> int:
    """The n-th Fibonacci number, by the loop the lecture times (exact: Python ints grow)."""
    if n < 2:
        return n
    previous, current = 0, 1
    for _ in range(2, n + 1):
        previous, current = current, previous + current
    return current


def fibonacci_steps(n: int) -> int:
    """How many times the loop of ``fibonacci(n)`` runs."""
    return len(range(2, n + 1))


def lecture_loop_steps(n: int) -> int:
    """Loop steps of ``[fibonacci(i) for i in range(n)]``: (n - 2)(n - 1) / 2."""
    return (n - 2) * (n - 1) // 2 if n >= 2 else 0


def lecture_loop(n: int) -> list[int]:
    """The lecture's loop as written. Quadratic, on growing integers: small ``n`` only."""
    return [fibonacci(i) for i in range(n)]


def checksum(values: list[int]) -> int:
    """The sum modulo 2**64, the check the Rust side computes with wrapping additions."""
    return sum(values) % MODULUS


def fib_kernel(count: int) -> int:
    """The lecture's loop with the argument kept below KERNEL_PERIOD: bounded and exact."""
    results = [fibonacci(i % KERNEL_PERIOD) for i in range(count)]
    return checksum(results)


def fib_kernel_steps(count: int) -> int:
    periods, rest = divmod(count, KERNEL_PERIOD)
    return periods * lecture_loop_steps(KERNEL_PERIOD) + lecture_loop_steps(rest)


def fibonacci_digits(n: int) -> int:
    """Decimal digits of ``fibonacci(n)`` by Binet's formula, in the same floats as Rust."""
    if n < 2:
        return 1
    sqrt5 = math.sqrt(5.0)
    phi = (1.0 + sqrt5) / 2.0
    return math.floor(n * math.log10(phi) - math.log10(sqrt5)) + 1


def median_seconds(repetitions: int, work: Callable[[], T]) -> tuple[T, float]:
    """Runs ``work`` once to warm up, then ``repetitions`` times; the last result, median time."""
    return demo_report.median_seconds(repetitions, work)


def loop_body(code: CodeType, *, adaptive: bool = False) -> list[dis.Instruction]:
    """The instructions of a function's ``for`` loop: from FOR_ITER to the jump back."""
    instructions = list(dis.get_instructions(code, adaptive=adaptive))
    start = next(i for i, ins in enumerate(instructions) if ins.opname == "FOR_ITER")
    end = next(i for i, ins in enumerate(instructions) if ins.opname.startswith("JUMP_BACKWARD"))
    return instructions[start : end + 1]


def opnames(instructions: list[dis.Instruction]) -> str:
    return " ".join(
        f"{ins.opname}({ins.argrepr})" if ins.opname.startswith("BINARY_OP") else ins.opname
        for ins in instructions
    )


def long_duration(seconds: float) -> str:
    """Hours and days for the figures ``human_seconds`` is not meant for."""
    if seconds >= 86_400:
        return f"{seconds / 86_400:.1f} days"
    if seconds >= 3_600:
        return f"{seconds / 3_600:.1f} hours"
    return human_seconds(seconds)


def run(report: Report, size: int) -> None:
    report.say(
        f"The lecture's list, fibonacci(i) for i < {LECTURE_N}: each call loops i - 1 times."
    )
    report.result("lecture_steps", lecture_loop_steps(LECTURE_N))
    report.say("Decimal digits of the last exact value (Python computes it; Rust wraps at 2^64):")
    report.result("lecture_last_digits", fibonacci_digits(LECTURE_N - 1))
    report.say("From fibonacci(94) on, Rust's u64 wraps around; Python's int stays exact.")
    report.contrast("fibonacci_94", fibonacci(94), "perf/fib-rust-time")

    report.say("\nThe lecture's loop, run at sizes that finish (4 times the steps per doubling):")
    previous: float | None = None
    per_step = 0.0
    for n in LECTURE_SERIES:
        start = time.perf_counter()
        results = lecture_loop(n)
        seconds = time.perf_counter() - start
        steps = lecture_loop_steps(n)
        report.timed(
            f"lecture_loop_{n}",
            f"{steps} steps, sum mod 2^64 = {checksum(results)}",
            seconds,
        )
        if previous is not None:
            report.say(f"      {seconds / previous:.1f} times the time for twice the size")
        previous = seconds
        per_step = seconds / steps
    report.say(
        f"At that pace the lecture's N would take at least "
        f"{long_duration(per_step * lecture_loop_steps(LECTURE_N))} "
        "(more: the numbers keep growing)."
    )

    report.say(
        f"\nThe honest kernel: fibonacci(i % {KERNEL_PERIOD}) for i < {size}, "
        f"median of {REPETITIONS} runs:"
    )
    steps = fib_kernel_steps(size)
    report.result("fib_kernel_steps", steps)
    total, seconds = median_seconds(REPETITIONS, lambda: fib_kernel(size))
    report.timed("fib_kernel", total, seconds)
    if steps > 0:
        report.say(f"      {seconds * 1e9 / steps:.2f} ns per loop step")

    report.say("\nWhat the interpreter runs for one loop step (`dis`), before and after warm-up:")
    report.extra("loop_bytecode", opnames(loop_body(fibonacci.__code__)), "perf/why-python-slow")
    report.extra(
        "loop_bytecode_warm",
        opnames(loop_body(fibonacci.__code__, adaptive=True)),
        "perf/why-python-slow",
    )


if __name__ == "__main__":
    options = parse_args(
        "fibonacci",
        "the lecture's fibonacci loop: its step count, its growth, and a kernel timed "
        "(SIZE = calls)",
    )
    run(
        Report("fibonacci", json_lines=options.json),
        DEFAULT_SIZE if options.size is None else options.size,
    )
