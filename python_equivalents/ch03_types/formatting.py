"""Printing and formatting: the twin of ``src/bin/formatting.rs``.

f-strings and ``format!`` share most of the format mini-language; ``str()`` and ``repr()`` are
the nearest things to Display and Debug, and they differ in the details shown here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pprint import pprint

from demo_report import Report, parse_args


@dataclass(frozen=True)
class Point:
    x: float
    y: float


def specifiers() -> list[tuple[str, str]]:
    return [
        ("two_decimals", f"{3.14159:.2f}"),
        ("zero_padded", f"{42:05d}"),
        ("hex", f"{255:#x}"),
        ("right_aligned", f"{42:>10}"),
        ("left_aligned", f"{'left':<10}|"),
    ]


def printed(*values: object) -> str:
    """What ``print`` writes for these values, without its final newline."""
    buffer = io.StringIO()
    print(*values, file=buffer)
    return buffer.getvalue().removesuffix("\n")


def pretty(value: object) -> str:
    buffer = io.StringIO()
    pprint(value, stream=buffer)
    return buffer.getvalue().removesuffix("\n")


def one_line(text: str) -> str:
    return text.replace("\n", "⏎")


def demo(report: Report) -> None:
    name, age = "Alice", 30
    report.say("print() separates by spaces; f-strings inline any expression:")
    report.result("positional", printed("Name:", name, "Age:", age))
    report.result("inline", f"Name: {name}, Age: {age}")
    p = Point(1.0, 2.0)
    report.contrast(
        "expression_inline", f"{p.x} and {age + 1}", "formatting/inline-identifiers-only"
    )

    report.say("\nThe format mini-language:")
    for case, text in specifiers():
        report.result(case, text)
    report.result("round_half", f"{0.125:.2f} {0.375:.2f} {2.675:.2f}")

    report.say("\nstr() and repr():")
    report.contrast("display_floats", printed(1.0, "|", 1e16, "|", 0.1), "formatting/display")
    report.result("debug_floats", f"{1.0!r} | {0.1!r}")
    report.contrast("display_a_vec", printed([1, 2, 3]), "formatting/display")
    report.result("debug_vec", repr([1, 2, 3]))
    report.contrast("debug_str", repr("hi"), "formatting/debug-repr")
    report.contrast("pretty_vec", one_line(pretty([1, 2, 3])), "formatting/pretty")
    report.contrast("debug_point", repr(p), "formatting/derive-debug")

    class Bare:
        def __init__(self, x: float, y: float) -> None:
            self.x, self.y = x, y

    report.contrast(
        "point_without_debug",
        f"printable anyway: {Bare(1.0, 2.0)!r}".split(" at 0x")[0] + " at 0x…>",
        "formatting/derive-debug",
    )


if __name__ == "__main__":
    options = parse_args("formatting", "f-strings, str() and repr() against format! and {:?}")
    demo(Report("formatting", json_lines=options.json))
