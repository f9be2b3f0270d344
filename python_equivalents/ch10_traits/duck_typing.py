"""Traits vs duck typing: the twin of ``src/bin/duck_typing.rs``.

``total_area`` asks only that each shape answer ``.area()``; ``HasArea`` writes that down for a
type checker, but nothing at run time enforces it: a ``Dog`` gets as far as the call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from demo_report import Report, outcome, parse_args

# The lecture's Python circle uses 3.14159, not math.pi: the printed total depends on it.
PI_AS_IN_THE_LECTURE = 3.14159


class HasArea(Protocol):
    def area(self) -> float: ...


def total_area(shapes: Iterable[HasArea]) -> float:
    """Sums ``.area()`` over the shapes, one at a time: a shape without one fails mid-sum."""
    return sum(shape.area() for shape in shapes)


@dataclass
class Circle:
    radius: float

    def area(self) -> float:
        return PI_AS_IN_THE_LECTURE * self.radius**2


@dataclass
class Rectangle:
    w: float
    h: float

    def area(self) -> float:
        return self.w * self.h


class Dog:
    """No ``area`` at all: duck typing lets it into the list and fails at the call."""

    def bark(self) -> str:
        return "Woof!"


class Square:
    """Has an ``area`` and has never heard of ``HasArea``: duck typing accepts it."""

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def lecture_shapes() -> list[HasArea]:
    """The lecture's two shapes: a circle of radius 5 and a 3 by 4 rectangle."""
    return [Circle(5), Rectangle(3, 4)]


def total_area_of_a_dog() -> float:
    """What the lecture's last line does; the list is typed ``Any`` as an untyped caller's is."""
    shapes: list[Any] = [Dog()]
    return total_area(shapes)


def demo(report: Report) -> None:
    report.say("total_area of a circle (r = 5) and a 3 by 4 rectangle; the lecture prints 90.54:")
    report.contrast("total_area", str(total_area(lecture_shapes())), "duck/total-area-prints")
    report.say("\nThe same sum with Python's 3.14159 for π, printed in full:")
    report.result("total_area_pi_3_14159", 3.14159 * 5.0**2 + 3.0 * 4.0)
    report.say("\nA Dog, which has no area, among the shapes:")
    report.contrast("total_area_dog", outcome(total_area_of_a_dog), "duck/dog-rejected")
    report.say("\nA type with its own `area` method and no declared relation to the others:")
    report.contrast(
        "area_without_impl",
        outcome(lambda: total_area([Square(2.0)])),
        "duck/explicit-not-structural",
    )


if __name__ == "__main__":
    options = parse_args(
        "duck_typing", "Python duck typing against a trait: total_area and the Dog"
    )
    demo(Report("duck_typing", json_lines=options.json))
