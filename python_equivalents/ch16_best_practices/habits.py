"""The top habits, the ones a program can show: the twin of ``src/bin/habits.rs``."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from ch16_best_practices._timing import median_time
from demo_report import Report, parse_args


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


Shape = Circle | Rect


def area(shape: Shape) -> float:
    """Habit 1's Python side: ``isinstance``, which nothing forces to be complete."""
    if isinstance(shape, Circle):
        return math.pi * shape.r * shape.r
    return shape.w * shape.h


def shout(text: str) -> str:
    return text.upper()


def total_by_index(values: list[int]) -> int:
    total = 0
    for i in range(len(values)):
        total += values[i]
    return total


def total_by_iterator(values: list[int]) -> int:
    return sum(values)


def bench_values(n: int) -> list[int]:
    """The timed input of habit 4: ``n`` numbers below 1000, the same as the Rust side's."""
    return [i % 1000 for i in range(n)]


def port_or_default(raw: str | None) -> int:
    if raw is None:
        return 8080
    try:
        return int(raw)
    except ValueError:
        return 8080


class Connection(enum.Enum):
    Closed = "Closed"
    Connecting = "Connecting"
    Open = "Open"


def next_state(state: Connection) -> Connection:
    match state:
        case Connection.Closed:
            return Connection.Connecting
        case Connection.Connecting:
            return Connection.Open
        case Connection.Open:
            return Connection.Closed


def describe_forgetting(state: Connection) -> str:
    """A match with a state left out: Python runs it, and falls through to None."""
    match state:
        case Connection.Closed:
            return "closed"
        case Connection.Open:
            return "open"
    return "fell through: None of the cases matched"


def demo(report: Report, size: int | None = None) -> None:
    report.say("Habit 1: isinstance, where Rust matches on the variant:")
    report.result("area_rect", f"{area(Rect(2.0, 3.0)):.2f}")
    report.result("area_circle", f"{area(Circle(1.0)):.2f}")
    report.say("\nHabit 3: one str parameter (Python has one string type):")
    owned = "ferris"
    report.result("shout_literal", shout("crab"))
    report.result("shout_string", shout(owned))
    report.say("\nHabit 4: the index loop and sum agree:")
    values = [3, 1, 4, 1, 5, 9, 2, 6]
    report.result("total_by_index", total_by_index(values))
    report.result("total_by_iterator", total_by_iterator(values))
    values = bench_values(size if size is not None else 100_000)
    report.say(f"  timed, {len(values)} numbers (median of 5):")
    total, seconds = median_time(lambda: total_by_index(values))
    report.timed("index_total", total, seconds)
    total, seconds = median_time(lambda: total_by_iterator(values))
    report.timed("iterator_total", total, seconds)
    report.say("\nHabit 5: a default instead of an exception:")
    report.result("port_given", port_or_default("5432"))
    report.result("port_bad", port_or_default("http"))
    report.result("port_missing", port_or_default(None))
    report.say("\nHabit 9: an Enum; a forgotten state runs anyway:")
    report.result("after_open", next_state(Connection.Open).value)
    report.contrast(
        "forgotten_state",
        describe_forgetting(Connection.Connecting),
        "habits/enum-states-exhaustive",
    )


if __name__ == "__main__":
    options = parse_args("habits", "chapter 16, habits")
    demo(Report("habits", json_lines=options.json), options.size)
