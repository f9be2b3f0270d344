"""Associated types and operator overloading: the twin of ``src/bin/operators.rs``.

``Vec2.__add__`` is annotated to take a ``Vec2``, but only mypy reads that: at run time any
object with ``x`` and ``y`` is accepted, and an int fails inside ``__add__``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol, Self

from demo_report import Report, outcome, parse_args


@dataclass
class Vec2:
    x: float
    y: float

    def __add__(self, other: Vec2) -> Vec2:
        # No isinstance check and no NotImplemented: whatever `other` is, its .x is read.
        return Vec2(self.x + other.x, self.y + other.y)


class Countdown(Iterator[int]):
    """The associated-types Countdown: yields what is left after each step (3 gives 2, 1, 0)."""

    def __init__(self, remaining: int) -> None:
        self.remaining = remaining

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> int:
        if self.remaining <= 0:
            raise StopIteration
        self.remaining -= 1
        return self.remaining


@dataclass(frozen=True)
class Vec2Ops:
    """The glance table's three operators, annotated: ``-`` calls ``__sub__``, ``*`` calls
    ``__mul__``, and ``3.0 * v`` calls ``__rmul__`` once float's ``__mul__`` gives up (Rust: one
    ``Sub``/``Mul`` impl per pair of operand types, ``impl Mul<Vec2> for f64`` for the last)."""

    x: float
    y: float

    def __add__(self, other: Vec2Ops) -> Vec2Ops:
        return Vec2Ops(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vec2Ops) -> Vec2Ops:
        return Vec2Ops(self.x - other.x, self.y - other.y)

    def __mul__(self, factor: float) -> Vec2Ops:
        return Vec2Ops(self.x * factor, self.y * factor)

    def __rmul__(self, factor: float) -> Vec2Ops:
        return self * factor


class HasXY(Protocol):
    """Whatever ``show`` can print: ``Vec2``, ``Vec2Ops``, any duck with x, y."""

    @property
    def x(self) -> float: ...

    @property
    def y(self) -> float: ...


def show(v: HasXY) -> str:
    """A vector as Rust's ``Display`` of f64 prints it: ``Vec2(4, 6)``, no ``.0``."""

    def number(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else repr(value)

    return f"Vec2({number(v.x)}, {number(v.y)})"


def demo(report: Report) -> None:
    report.say("The associated-types Countdown from 3, collected:")
    report.result("countdown_remaining", ", ".join(str(n) for n in Countdown(3)))
    a, b = Vec2(1.0, 2.0), Vec2(3.0, 4.0)
    untyped: Any = a
    report.say("\na + b:")
    report.result("vec2_add", show(a + b))
    report.say("\na + 5 with the lecture's __add__:")
    report.contrast("vec2_plus_int", outcome(lambda: untyped + 5), "ops/vec2-plus-i32")
    report.say("\n5 + a (int's __add__ says NotImplemented, and Vec2 has no __radd__):")
    report.extra("int_plus_vec2", outcome(lambda: 5 + untyped), "ops/python-add-any-other")


if __name__ == "__main__":
    options = parse_args(
        "operators", "associated types and operator overloading: Countdown, Vec2 + Vec2"
    )
    demo(Report("operators", json_lines=options.json))
