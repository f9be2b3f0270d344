"""@dataclass where Rust derives: the twin of ``src/bin/derives.rs``."""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field
from functools import total_ordering

from demo_report import Report, as_json, outcome, parse_args


@dataclass
class Point:
    x: float
    y: float


@dataclass(frozen=True, order=True)
class Student:
    name: str = ""
    grade: int = 0


def sorted_students() -> list[Student]:
    return sorted([Student("Bob", 85), Student("Alice", 90), Student("Alice", 70)])


def regrade(s: Student) -> str:
    """frozen=True refuses the assignment, at run time."""

    def assign() -> None:
        s.grade += 5  # type: ignore[misc]

    return outcome(assign)


@total_ordering
class Grade:
    """``@total_ordering``: ``__eq__`` and ``__lt__`` written by hand, the other four filled in."""

    def __init__(self, points: int) -> None:
        self.points = points

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Grade) and self.points == other.points

    def __lt__(self, other: Grade) -> bool:
        return self.points < other.points


def total_ordering_without_an_order() -> str:
    """``@total_ordering`` on a class with ``__eq__`` only: refused when the class is made."""

    def make() -> type:
        # mypy refuses it too, before running.
        @total_ordering  # type: ignore[misc]
        class Unordered:
            def __eq__(self, other: object) -> bool:
                return self is other

        return Unordered

    return outcome(make, lambda _: "accepted")


def clone_shares_list() -> bool:
    """copy.copy, the nearest to a field-by-field clone: the list inside is shared."""

    @dataclass
    class Shared:
        names: list[str]

    first = Shared(["Ada"])
    return copy.copy(first).names is first.names


@dataclass
class User:
    """The exercise's User as a plain dataclass: its repr shows the password hash."""

    name: str
    email: str
    password_hash: str


@dataclass
class RedactedUser:
    name: str
    email: str
    password_hash: str = field(repr=False)


def alice() -> User:
    return User("Alice", "alice@example.com", "a1b2c3d4e5f6")


def demo(report: Report) -> None:
    report.say("What @dataclass wrote, used:")
    p = Point(1.0, 2.5)
    report.contrast("Debug of a Point", repr(p), "derive/dataclass-generates")
    report.result("clone == original", str(copy.copy(p) == p).lower())
    report.result("default Student", Student().grade)
    report.result(
        "distinct in a set", len({Student("Ada", 1), Student("Ada", 1), Student("Bo", 2)})
    )
    report.say("\nOrdering by field order, name first:")
    report.result("sorted", ", ".join(f"{s.name} {s.grade}" for s in sorted_students()))
    report.say("\nImmutable per type (frozen=True), at run time:")
    report.contrast(
        "regraded through let mut",
        regrade(Student("Ada", 80)),
        "derive/frozen-immutable-by-default",
    )
    report.say("\nA shallow copy shares what the fields point to:")
    report.result("Rc field shared after clone", str(clone_shares_list()).lower())
    report.say("\n@total_ordering without an order method is refused when the class is made:")
    report.contrast(
        "derive(PartialOrd, Ord) alone", total_ordering_without_an_order(), "derive/total-ordering"
    )
    report.say("\njson.dumps and json.loads by hand:")
    text = as_json(asdict(Student("Ada", 90)))
    report.result("to JSON", text)
    report.result(
        "round trip equal", str(Student(**json.loads(text)) == Student("Ada", 90)).lower()
    )
    report.say(
        "\nThe exercise: the dataclass repr shows the hash unless the field says repr=False:"
    )
    report.contrast("redacted Debug", repr(alice()), "exercise/redacted-debug")


if __name__ == "__main__":
    options = parse_args(
        "derives", "derive macros against @dataclass, serde against json, a redacted Debug"
    )
    demo(Report("derives", json_lines=options.json))
