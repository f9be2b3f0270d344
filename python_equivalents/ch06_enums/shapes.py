"""Algebraic data types against union types: the twin of ``src/bin/shapes.rs``.

A shape is a union of three dataclasses and ``area`` takes one apart with ``match``. A shape the
``match`` does not know falls through, and the function returns ``None`` without a word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

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


# The lecture's Python block, character for character. It is run as printed (below) rather than
# retyped here, so that what the tests say about it is said about the lecture's code: its
# `3.14159`, and a `match` that falls off the end for a shape it does not know.
LECTURE_BLOCK = """
# Python 3.10+ — structural pattern matching
from typing import Union
from dataclasses import dataclass

@dataclass
class Circle:
    radius: float

@dataclass
class Rectangle:
    width: float
    height: float

@dataclass
class Triangle:
    base: float
    height: float

Shape = Union[Circle, Rectangle, Triangle]  # Type alias

def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return 3.14159 * r * r
        case Rectangle(width=w, height=h):
            return w * h
        case Triangle(base=b, height=h):
            return 0.5 * b * h
        # No compiler warning if you miss a case!
        # Adding a new shape? grep the codebase and hope you find all match blocks.
"""


@cache
def lecture() -> dict[str, Any]:
    """The names the lecture's block defines (its own ``Circle``, ``area``, …), once run."""
    namespace: dict[str, Any] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Python Union Types and Match>", "exec"), namespace)
    return namespace


def lecture_area(shape: object) -> object:
    """The lecture's ``area`` as printed: whatever it returns, ``None`` included."""
    result: object = lecture()["area"](shape)
    return result


def lecture_circle_area(radius: float) -> object:
    """The lecture's ``area`` of the lecture's own ``Circle``."""
    return lecture_area(lecture()["Circle"](radius))


def kind(shape: Shape) -> str:
    return type(shape).__name__.lower()


def demo(report: Report) -> None:
    shapes: list[Shape] = [Circle(1.5), Rectangle(4.0, 6.0), Triangle(base=3.0, height=8.0)]
    report.say("A union of three dataclasses; `area` has one case per class:")
    for shape in shapes:
        # repr: every digit, to show the two languages compute the same double.
        report.result(f"{kind(shape)}_area", repr(area(shape)))

    report.say("\nThe lecture's Python block (3.14159) against the Rust block (PI), radius 10:")
    report.contrast("lecture_circle_r10", repr(lecture_circle_area(10.0)), "adt/lecture-pi")

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
