"""Generic constraints: the twin of ``src/bin/generic_bounds.rs``.

``first`` is generic over any item type, ``average`` over anything ``float()`` accepts
(``SupportsFloat``). Each has its own TypeVar: one name bound twice is the lecture's mistake,
shown by the typecheck case ``typecheck/typevar_bound_twice.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import SupportsFloat, TypeVar

from demo_report import Report, outcome, parse_args

T = TypeVar("T")
Number = TypeVar("Number", bound=SupportsFloat)


def first(items: Sequence[T]) -> T | None:
    """The first item, or None for an empty sequence."""
    if not items:
        return None
    return items[0]


def average(items: Sequence[Number]) -> float:
    """The mean; an empty sequence divides by zero (ZeroDivisionError), as Python does."""
    return sum(map(float, items)) / len(items)


def log_and_clone(item: str) -> tuple[str, str]:
    """The log line and the "clone": a str is immutable, so sharing it is as good as a copy."""
    return (f"Display: {item} / Debug: {item!r}", item)


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def add_three(x: int) -> int:
    return x + 3


def describe(value: int | str) -> str:
    if isinstance(value, int):
        return f"int {value}"
    return f'str "{value}"'


def rust_float(value: float) -> str:
    """A float as Rust's Display prints it: no ``.0`` on whole numbers, ``NaN`` for nan."""
    if value != value:
        return "NaN"
    return str(int(value)) if value.is_integer() else repr(value)


def demo(report: Report) -> None:
    report.say("first of [10, 20, 30] and of an empty list:")
    report.result("first", f"Some({first([10, 20, 30])})")
    report.result("first_empty", first([]))
    report.say("\naverage of [1, 2, 3, 4], and of an empty list:")
    report.result("average", rust_float(average([1, 2, 3, 4])))
    report.contrast("average_empty", outcome(lambda: average([])), "generics/average-bounds")
    report.say("\naverage of ints too large for an i64: SupportsFloat takes any int:")
    report.contrast("average_i64", rust_float(average([2**70, 2**70])), "generics/average-bounds")
    report.say('\nlog_and_clone("hi"), print_it(5):')
    log, copy = log_and_clone("hi")
    report.contrast("log_and_clone", f"{log} -> {copy}", "generics/multiple-bounds")
    report.result("print_it", 5)
    report.say("\nA function and a lambda, both Callable[[int], int]:")
    report.result("apply_fn", apply_twice(add_three, 1))
    report.result("apply_closure", apply_twice(lambda x: x * 10, 1))
    report.say("\nUnion[int, str], told apart with isinstance:")
    report.result("union_as_enum", ", ".join(describe(v) for v in (7, "seven")))


if __name__ == "__main__":
    options = parse_args(
        "generic_bounds", "TypeVar against trait bounds: first, average, log_and_clone"
    )
    demo(Report("generic_bounds", json_lines=options.json))
