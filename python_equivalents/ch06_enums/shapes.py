"""Algebraic data types against union types: the twin of ``src/bin/shapes.rs``.

A shape is a union of three dataclasses and ``area`` takes one apart with ``match``. A shape the
``match`` does not know falls through, and the function returns ``None`` without a word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from demo_report import Report, parse_args


@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Rectangle:
    width: float
    height: float


@dataclass(frozen=True)
class Triangle:
    base: float
    height: float


@dataclass(frozen=True)
class Pentagon:
    """The shape added later, which the ``match`` below was never told about."""

    side: float


# The lecture writes Union[Circle, Rectangle, Triangle]; the `|` spelling is 3.10's, and 3.12
# adds `type Shape = Circle | Rectangle | Triangle`.
Shape = Circle | Rectangle | Triangle


def area(shape: Shape) -> float:
    """The area of any of the three shapes; a shape outside the union matches no case."""
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rectangle(width=w, height=h):
            return w * h
        case Triangle(base=b, height=h):
            return b * h / 2


# The lecture's Python block computes a circle's area with this constant, where its Rust block
# uses std::f64::consts::PI: the two disagree from the fourth decimal of the area on.
LECTURE_PI = 3.14159


def circle_area_with_lecture_pi(radius: float) -> float:
    return LECTURE_PI * radius * radius


def area_of_unknown_shape(shape: object) -> object:
    """``area`` given a shape its ``match`` never heard of: Python runs it, and it falls through."""
    result: object = area(shape)  # type: ignore[arg-type]
    return result


def kind(shape: Shape) -> str:
    return type(shape).__name__.lower()


def demo(report: Report) -> None:
    shapes: list[Shape] = [Circle(1.5), Rectangle(4.0, 6.0), Triangle(base=3.0, height=8.0)]
    report.say("A union of three dataclasses; `area` has one case per class:")
    for shape in shapes:
        # repr: every digit, to show the two languages compute the same double.
        report.result(f"{kind(shape)}_area", repr(area(shape)))

    report.say("\nThe lecture's Python block (3.14159) against the Rust block (PI), radius 10:")
    report.contrast("lecture_circle_r10", repr(circle_area_with_lecture_pi(10.0)), "adt/lecture-pi")

    report.say("\nA fourth shape, Pentagon, that `area` was never told about:")
    report.contrast(
        "forgotten_variant",
        f"{area_of_unknown_shape(Pentagon(2.0))} (no error, no warning)",
        "adt/python-no-warning",
    )


if __name__ == "__main__":
    options = parse_args(
        "shapes", "a Shape enum against a union of dataclasses, and a variant forgotten in `match`"
    )
    demo(Report("shapes", json_lines=options.json))
