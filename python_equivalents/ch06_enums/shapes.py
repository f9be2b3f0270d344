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
    """The lecture's ``area``, with ``math.pi`` where its Python block wrote ``3.14159``."""
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rectangle(width=w, height=h):
            return w * h
        case Triangle(base=b, height=h):
            return 0.5 * b * h


def lecture_area(shape: object) -> float | None:
    """The lecture's block as printed: ``3.14159``, and no case for shapes it does not know."""
    match shape:
        case Circle(radius=r):
            return 3.14159 * r * r
        case Rectangle(width=w, height=h):
            return w * h
        case Triangle(base=b, height=h):
            return 0.5 * b * h
    return None  # what falling off the end returns anyway; written out for mypy


def lecture_pi_gap(radius: float) -> float:
    return (math.pi - 3.14159) * radius * radius


def kind(shape: Shape) -> str:
    return type(shape).__name__.lower()


def demo(report: Report) -> None:
    shapes: list[Shape] = [Circle(1.5), Rectangle(4.0, 6.0), Triangle(base=3.0, height=8.0)]
    report.say("A union of three dataclasses; `area` has one case per class:")
    for shape in shapes:
        report.result(f"{kind(shape)}_area", f"{area(shape):.4f}")

    report.say(
        "\nThe lecture's two versions disagree on circles: Python's block says 3.14159, Rust's PI."
    )
    report.result("lecture_pi_gap_r10", f"{lecture_pi_gap(10.0):.6f}")

    report.say("\nA fourth shape, Pentagon, that `area` was never told about:")
    report.contrast(
        "forgotten_variant",
        f"{lecture_area(Pentagon(2.0))} (no error, no warning)",
        "adt/python-no-warning",
    )


if __name__ == "__main__":
    options = parse_args(
        "shapes", "a Shape enum against a union of dataclasses, and a variant forgotten in `match`"
    )
    demo(Report("shapes", json_lines=options.json))
