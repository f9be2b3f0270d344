"""Tuples and destructuring: the twin of ``src/bin/tuples.rs``.

Unpacking, mixed types and ``NamedTuple`` work as the lecture says. A Python tuple is immutable
whatever name holds it; a Rust tuple is as mutable as its binding.
"""

from __future__ import annotations

from typing import NamedTuple

from demo_report import Report, as_json, outcome, parse_args


class Point(NamedTuple):
    x: float
    y: float


def unpack_point() -> str:
    point = (3.0, 4.0)
    x, y = point
    return f"x={x}, y={y}"


def record_fields() -> tuple[str, int, bool]:
    record = ("Alice", 30, True)
    name, age, active = record
    return name, age, active


def min_max(data: list[int]) -> tuple[int, int]:
    return min(data), max(data)


def checked_min_max(data: list[int]) -> tuple[int, int] | None:
    return (min(data), max(data)) if data else None


def replace_first_field() -> tuple[float, float]:
    point = (3.0, 4.0)
    point[0] = 5.0  # type: ignore[index]
    return point


def demo(report: Report) -> None:
    report.say("Unpacking; an f-string prints a float with its `.0`:")
    report.contrast("unpack_point", unpack_point(), "display/f64-whole-number")
    name, age, active = record_fields()
    report.result("record_fields", as_json((name, age, active)))
    report.result("record_first", name)

    report.say("\nIndexing a tuple with brackets, which Python allows:")
    record = ("Alice", 30, True)
    report.contrast("record_bracket_index", outcome(lambda: record[0]), "tuples/rust-dot-index")

    report.say("\nA named field instead of a position:")
    report.result("named_access", as_json(Point(3.0, 4.0).x))

    report.say("\nReplacing a field of a tuple:")
    report.contrast("replace_field", outcome(replace_first_field, as_json), "tuples/immutability")

    report.say("\nA tuple as a return value:")
    report.result("min_max", as_json(min_max([3, 1, 4, 1, 5])))
    report.contrast("min_max_empty", outcome(lambda: min_max([]), as_json), "tuples/min-max")
    report.result("checked_min_max_empty", as_json(checked_min_max([])))


if __name__ == "__main__":
    options = parse_args("tuples", "tuples taken apart, indexed with .0, returned from functions")
    demo(Report("tuples", json_lines=options.json))
