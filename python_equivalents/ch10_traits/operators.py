"""Associated types and operator overloading: the twin of ``src/bin/operators.rs``.

The lecture's Vec2 block is run as printed (``LECTURE_BLOCK``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol, Self

from demo_report import Report, outcome, parse_args

LECTURE_BLOCK = """
# Python
class Vec2:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)  # No type checking on 'other'
"""


def lecture_vec2() -> type:
    """The lecture's ``Vec2`` class, defined by running the block."""
    namespace: dict[str, Any] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Operator Overloading>", "exec"), namespace)
    vec2: type = namespace["Vec2"]
    return vec2


class Countdown(Iterator[int]):
    """The associated-types Countdown: yields what is left after each step (3 gives 2, 1, 0)."""

    def __init__(self, remaining: int) -> None:
        self.remaining = remaining

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> int:
        if self.remaining > 0:
            self.remaining -= 1
            return self.remaining
        raise StopIteration


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
    """Whatever ``show`` can print: the lecture's untyped Vec2, ``Vec2Ops``, any duck with x, y."""

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
    vec2 = lecture_vec2()
    a, b = vec2(1.0, 2.0), vec2(3.0, 4.0)
    report.say("\na + b:")
    report.result("vec2_add", show(a + b))
    report.say("\na + 5 with the lecture's __add__:")
    report.contrast("vec2_plus_int", outcome(lambda: a + 5), "ops/vec2-plus-i32")
    report.say("\n5 + a (int's __add__ says NotImplemented, and Vec2 has no __radd__):")
    report.extra("int_plus_vec2", outcome(lambda: 5 + a), "ops/python-add-any-other")


if __name__ == "__main__":
    options = parse_args(
        "operators", "associated types and operator overloading: Countdown, Vec2 + Vec2"
    )
    demo(Report("operators", json_lines=options.json))
