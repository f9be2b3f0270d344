"""Fn, FnMut, FnOnce have no Python spelling: the twin of ``src/bin/closure_traits.rs``."""

from __future__ import annotations

from collections.abc import Callable

from demo_report import Report, parse_args


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def running_total(values: list[int]) -> list[int]:
    """A closure that rebinds what it captured, with ``nonlocal``: Rust would call it FnMut."""
    total = 0

    def add(x: int) -> int:
        nonlocal total
        total += x
        return total

    return [apply(add, x) for x in values]


def read_twice() -> int:
    """A closure that only reads what it captured, called twice."""
    name = "Ferris"

    def length() -> int:
        return len(name)

    return length() + length()


def give_away_name() -> Callable[[], str]:
    name = "Ferris"
    return lambda: name


def demo(report: Report) -> None:
    report.say("A closure that only reads its captures:")
    offset = 10
    report.result("apply(|x| x + offset, 5)", apply(lambda x: x + offset, 5))
    report.result("move, reading only", read_twice())
    report.say("\nOne that changes them, accepted where any callable is:")
    # The same total as Rust's FnMut closure: Python's closures are not only Fn-like.
    report.result("running total", running_total([1, 2, 3]))
    report.contrast(
        "mutating closure as Fn",
        running_total([5])[0],
        "traits/fn-does-not-mutate",
    )
    report.say("\nOne that hands a capture out can be called again:")
    give = give_away_name()
    report.result("apply_once", give())
    report.contrast("second call", give(), "traits/fnonce-once")


if __name__ == "__main__":
    options = parse_args(
        "closure_traits", "Fn, FnMut and FnOnce, decided by what a closure does with its captures"
    )
    demo(Report("closure_traits", json_lines=options.json))
