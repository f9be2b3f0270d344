"""Exhaustive matching: the twin of ``src/bin/exhaustive.rs``.

A Python ``match`` with no case for a value does nothing, and a function that ends there returns
``None``. The interpreter never complains; mypy does, but only when the function's return type
says ``None`` is not allowed.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from demo_report import Report, parse_args


def describe(value: int) -> str:
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        case _:
            return "other"


# The lecture's block, character for character, run as printed: no annotations, no default
# case, and nothing after the `match`.
LECTURE_BLOCK = """
# Python — the wildcard case is optional, no compiler help
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        # If you forget the default, Python returns None silently.
        # No warning, no error.

describe(42)  # Returns None — a silent bug
"""


def lecture_describe(value: int) -> object:
    """The lecture's ``describe``, defined by running its block."""
    namespace: dict[str, Any] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Python's match>", "exec"), namespace)
    result: object = namespace["describe"](value)
    return result


def describe_by_ranges(value: int) -> str:
    """Python has no range patterns: the Rust ranges become guards."""
    match value:
        case int(n) if n < 0:
            return "negative"
        case 0:
            return "zero"
        case 1:
            return "one"
        case _:
            return "other"


class Color(Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


def color_hex(c: Color) -> str:
    match c:
        case Color.RED:
            return "#ff0000"
        case Color.GREEN:
            return "#00ff00"
        case Color.BLUE:
            return "#0000ff"


def demo(report: Report) -> None:
    report.say("`describe` with a default case, in both languages:")
    for value in [0, 1, 42]:
        report.result(f"describe_{value}", describe(value))

    report.say("\nThe same function with the default forgotten, asked about 42:")
    report.contrast(
        "forgotten_default_42",
        f"{lecture_describe(42)} (no error, no warning)",
        "exhaustive/python-silent-none",
    )

    report.say("\nNo range patterns in Python: guards instead:")
    for value in [-(2**31), -5, 1, 7]:
        report.result(f"by_ranges_{value}", describe_by_ranges(value))

    report.say("\nAn Enum matched by its members (dotted names):")
    for c in Color:
        report.result(f"color_hex_{c.name.title()}", color_hex(c))


if __name__ == "__main__":
    options = parse_args(
        "exhaustive", "a match that forgets its default: silence in Python, E0004 in Rust"
    )
    demo(Report("exhaustive", json_lines=options.json))
