# An `area` like the lecture's with the Triangle case forgotten, and a `show` that only prints.
# mypy flags `area`, because falling off its end would return None where a float is promised; `show`
# returns None anyway, so its forgotten case passes unnoticed.
import math

from ch06_enums.shapes import Circle, Rectangle, Shape


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r**2
        case Rectangle(width=w, height=h):
            return w * h


def show(shape: Shape) -> None:
    match shape:
        case Circle(radius=r):
            print(f"circle of radius {r}")
        case Rectangle(width=w, height=h):
            print(f"{w} by {h} rectangle")
