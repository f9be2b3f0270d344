"""Exhaustive matching: the twin of ``src/bin/exhaustive.rs``.

A Python ``match`` with no case for a value does nothing, and a function that ends there returns
``None``. The interpreter never complains; mypy does, but only when the function's return type
says ``None`` is not allowed.
"""

from __future__ import annotations

from enum import Enum

from demo_report import Report, parse_args


def describe(value: int) -> str:
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        case _:
            return "other"


# The mistake the lecture warns about, in a typed function: mypy reports "Missing return
# statement" at the `def` (ignored here, as the lecture's untyped code would not be checked at
# all); the interpreter says nothing, and 42 falls off the end of the function as None.
def describe_forgetting_the_default(value: int) -> str | None:  # type: ignore[return]
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"


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
        f"{describe_forgetting_the_default(42)} (no error, no warning)",
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
