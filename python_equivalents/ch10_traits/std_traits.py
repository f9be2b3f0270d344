"""Common standard library traits as dunder methods: the twin of ``src/bin/std_traits.rs``."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Self

from demo_report import Report, parse_args


@dataclass
class Point:
    """The dataclass writes ``__repr__`` (Rust: derived Debug); ``__str__`` is ours (Display)."""

    x: float
    y: float

    def __str__(self) -> str:
        return f"({self.x:g}, {self.y:g})"


@dataclass(frozen=True, order=True)
class Student:
    """``order=True`` compares as the tuple of fields, in order (Rust: derived Ord)."""

    name: str
    grade: int


def sorted_students() -> list[Student]:
    return sorted([Student("Charlie", 85), Student("Alice", 92), Student("Alice", 70)])


def show_students(students: list[Student]) -> str:
    return ", ".join(f"{s.name} {s.grade}" for s in students)


class Countdown:
    """``__iter__`` and ``__next__``; StopIteration ends the loop where Rust's ``None`` does."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> int:
        if self.value > 0:
            self.value -= 1
            return self.value + 1
        raise StopIteration


def clone_shares() -> tuple[bool, bool]:
    """Is the inner list shared after a deepcopy (no), and after a second reference (yes, as
    with Rust's Rc::clone)?"""
    nested = [[1, 2]]
    deep = copy.deepcopy(nested)
    deep[0].append(3)
    aliased = [[1, 2]]
    alias = aliased
    alias[0].append(3)
    return (len(nested[0]) == 3, len(aliased[0]) == 3)


class Noisy:
    """``__exit__`` runs at the end of the ``with`` block: the twin of Drop at a scope's end."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.log.append(f"drop {self.name}")


def drop_order() -> list[str]:
    log: list[str] = []
    with Noisy("outer", log):
        with Noisy("inner", log):
            log.append("end of inner scope")
        log.append("end of outer scope")
    return log


class Celsius:
    """One ``__init__`` that branches on the argument's type (Rust: one From impl per type)."""

    def __init__(self, value: int | str) -> None:
        self.degrees = float(value.removesuffix("°C")) if isinstance(value, str) else float(value)


def rust_float(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def demo(report: Report) -> None:
    point = Point(1.0, 2.5)
    report.say("Point(1.0, 2.5) with repr() (dataclass) and str() (ours):")
    report.contrast("debug", repr(point), "std/debug-derived")
    report.result("display", str(point))
    report.say("\nStudents sorted by dataclass(order=True) (name, then grade):")
    students = sorted_students()
    report.result("sorted", show_students(students))
    report.result("as_map_keys", len({s: rank for rank, s in enumerate(students)}))
    report.say("\nnan == nan:")
    report.result("nan_equals_itself", str(math.nan == float("nan")).lower())
    report.say("\nCountdown(5) in a for loop:")
    report.result("countdown", ", ".join(str(n) for n in Countdown(5)))
    report.say("\nAfter a deepcopy / a second reference, is the inner list shared?")
    deep_shared, reference_shared = clone_shares()
    report.result("clone_vec", str(deep_shared).lower())
    report.result("clone_rc", str(reference_shared).lower())
    report.say("\nwith blocks, in order:")
    report.result("drop_order", " | ".join(drop_order()))
    report.say("\nCelsius from an int and from text, one __init__:")
    a, b = Celsius(21), Celsius("36.6°C")
    report.result("from_two_types", f"{rust_float(a.degrees)} {rust_float(b.degrees)}")


if __name__ == "__main__":
    options = parse_args(
        "std_traits",
        "dunder methods against std traits: Debug, Display, Ord, Iterator, Clone, Drop, From",
    )
    demo(Report("std_traits", json_lines=options.json))
