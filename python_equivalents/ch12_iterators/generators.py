"""Generators against iterators: the twin of ``src/bin/generators.rs``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from demo_report import Report, parse_args


def fibonacci() -> Iterator[int]:
    """The lecture's generator: Python's ints grow, so it never runs out."""
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fitting_in_u64() -> int:
    """How many Fibonacci numbers are below 2**64 (what a Rust u64 can hold)."""
    return sum(1 for value in islice(fibonacci(), 200) if value < 2**64)


def squares_calls() -> tuple[int, int, list[int]]:
    """How often the square was computed before and after taking five from a million."""
    calls = 0

    def square(x: int) -> int:
        nonlocal calls
        calls += 1
        return x**2

    squares = (square(x) for x in range(1_000_000))
    before = calls
    first_5 = [next(squares) for _ in range(5)]
    return before, calls, first_5


def one() -> Iterator[int]:
    yield 1


def after_end() -> list[int | None]:
    """Four calls to ``next`` on a generator of one value: once it has ended, it stays ended."""
    gen = one()
    return [next(gen, None) for _ in range(4)]


def consume_twice() -> tuple[list[int], list[int]]:
    doubled = (x * 2 for x in [1, 2, 3])
    return list(doubled), list(doubled)


def demo(report: Report) -> None:
    report.say("The first ten Fibonacci numbers, from an endless source:")
    fib = fibonacci()
    report.result("first_10", [next(fib) for _ in range(10)])
    report.say("\nHow far a u64 would get (Python's ints do not run out):")
    report.result("92nd value", next(islice(fibonacci(), 91, None)))
    report.result("values that fit", fitting_in_u64())
    report.contrast(
        "95th value", next(islice(fibonacci(), 94, None)), "generators/fibonacci-overflows"
    )
    report.say("\nLazy: how often the square ran, before and after taking five:")
    before, after, squares = squares_calls()
    report.result("calls before", before)
    report.result("calls after", after)
    report.result("squares", squares)
    report.say("\nAfter the end: four calls to next (None standing for StopIteration):")
    report.contrast("plain", after_end(), "generators/none-to-end")
    report.contrast("fused", after_end(), "generators/none-to-end")
    report.say("\nUsing a consumed generator again:")
    report.contrast("collect twice", consume_twice(), "generators/consumed-once")


if __name__ == "__main__":
    options = parse_args(
        "generators", "the Fibonacci iterator against a generator, laziness, the end of an iterator"
    )
    demo(Report("generators", json_lines=options.json))
