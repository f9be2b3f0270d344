"""The six kernels of ``src/bin/debug_release.rs``, in CPython: the same work, the same checksums.

The Rust side is timed twice, as a debug and as a release build; this side shows where the
interpreter stands beside both. Timings are medians after a warm-up; nothing asserts a time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from demo_report import Report, parse_args

DEFAULT_SIZE = 2_000
REPETITIONS = 5
MASK = (1 << 64) - 1


def collatz_total(n: int) -> int:
    total = 0
    for start in range(1, n + 1):
        value = start
        while value != 1:
            value = value // 2 if value % 2 == 0 else 3 * value + 1
            total += 1
    return total


def count_primes(n: int) -> int:
    limit = 10 * n
    composite = [False] * limit
    count = 0
    for i in range(2, limit):
        if not composite[i]:
            count += 1
            for multiple in range(i * i, limit, i):
                composite[multiple] = True
    return count


def mandelbrot(n: int) -> int:
    side = max(math.isqrt(n), 1)
    total = 0
    for row in range(side):
        ci = -1.25 + 2.5 * row / side
        for col in range(side):
            cr = -2.0 + 2.5 * col / side
            zr = zi = 0.0
            steps = 0
            while steps < 64 and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                steps += 1
            total += steps
    return total


def pseudo_random(n: int) -> list[int]:
    """xorshift64 (Marsaglia 2003), masked to 64 bits: the Rust side's numbers exactly."""
    state = 0x9E3779B97F4A7C15
    values = []
    for _ in range(n):
        state ^= (state << 13) & MASK
        state ^= state >> 7
        state ^= (state << 17) & MASK
        values.append(state)
    return values


def sorted_checksum(n: int) -> int:
    values = sorted(pseudo_random(n))
    total = 0
    for position, value in enumerate(values, start=1):
        total = (total + (value >> 32) * position) & MASK
    return total


def word_count(n: int) -> int:
    counts: dict[int, int] = {}
    for value in pseudo_random(n):
        key = value % 1000
        counts[key] = counts.get(key, 0) + 1
    return len(counts) * 1_000_000 + max(counts.values(), default=0)


def iterator_chain(n: int) -> int:
    return sum(x * x % 7 for x in range(10 * n) if x % 3 == 0)


KERNELS: list[tuple[str, Callable[[int], int]]] = [
    ("collatz", collatz_total),
    ("sieve", count_primes),
    ("mandelbrot", mandelbrot),
    ("sort", sorted_checksum),
    ("word_count", word_count),
    ("iterator_chain", iterator_chain),
]


def timed(kernel: Callable[[int], int], n: int) -> tuple[int, float]:
    """One warm-up, then ``REPETITIONS`` timed calls: the result and the median seconds."""
    result = kernel(n)
    seconds = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        again = kernel(n)
        seconds.append(time.perf_counter() - start)
        if again != result:
            raise RuntimeError(f"{kernel.__name__} gave {again}, then {result}")
    seconds.sort()
    return result, seconds[len(seconds) // 2]


def demo(report: Report, n: int = DEFAULT_SIZE) -> None:
    report.say(f"Six kernels at n = {n}, in CPython (no build profiles: one interpreter):")
    for case, kernel in KERNELS:
        result, seconds = timed(kernel, n)
        report.timed(case, result, seconds)


if __name__ == "__main__":
    options = parse_args(
        "debug_release", "six kernels, timed in whichever profile this binary was built with"
    )
    demo(Report("debug_release", json_lines=options.json), options.size or DEFAULT_SIZE)
