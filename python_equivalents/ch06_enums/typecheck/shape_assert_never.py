# The same two functions, each ending in `case _: assert_never(shape)` (typing, Python 3.11).
# mypy now names the forgotten class in both, as rustc names the forgotten variant (E0004).
import math
from typing import assert_never

from ch06_enums.shapes import Circle, Rectangle, Shape


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r**2
        case Rectangle(width=w, height=h):
            return w * h
        case _:
            assert_never(shape)


def show(shape: Shape) -> None:
    match shape:
        case Circle(radius=r):
            print(f"circle of radius {r}")
        case Rectangle(width=w, height=h):
            print(f"{w} by {h} rectangle")
        case _:
            assert_never(shape)
