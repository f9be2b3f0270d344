"""Traits vs duck typing: the twin of ``src/bin/duck_typing.rs``.

The lecture's duck-typing block is run as printed (``LECTURE_BLOCK``), not retyped, so that what
the tests find (its printed total, its exception) is what the block does.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

from demo_report import Report, outcome, parse_args

LECTURE_BLOCK = """
# Python — duck typing: anything with the right methods works
def total_area(shapes):
    \"\"\"Works with anything that has an .area() method.\"\"\"
    return sum(shape.area() for shape in shapes)

class Circle:
    def __init__(self, radius): self.radius = radius
    def area(self): return 3.14159 * self.radius ** 2

class Rectangle:
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h

# Works at runtime — no inheritance needed!
shapes = [Circle(5), Rectangle(3, 4)]
print(total_area(shapes))  # 90.54

# But what if something doesn't have .area()?
class Dog:
    def bark(self): return "Woof!"

total_area([Dog()])  # 💥 AttributeError: 'Dog' has no attribute 'area'
# Error happens at RUNTIME, not at definition time
"""


def run_lecture_block() -> tuple[dict[str, Any], str, BaseException | None]:
    """Runs the block; returns its names, what it printed, and the exception that stopped it."""
    namespace: dict[str, Any] = {}
    printed = io.StringIO()
    error: BaseException | None = None
    with contextlib.redirect_stdout(printed):
        try:
            exec(compile(LECTURE_BLOCK, "<lecture: Python Duck Typing>", "exec"), namespace)
        except Exception as e:
            error = e
    return namespace, printed.getvalue(), error


class Square:
    """Has an ``area`` and has never heard of any shape protocol: duck typing accepts it."""

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def demo(report: Report) -> None:
    names, printed, _ = run_lecture_block()
    total_area = names["total_area"]
    report.say("total_area of a circle (r = 5) and a 3 by 4 rectangle; the lecture prints 90.54:")
    report.contrast("total_area", printed.strip(), "duck/total-area-prints")
    report.say("\nThe same sum with Python's 3.14159 for π, printed in full:")
    report.result("total_area_pi_3_14159", 3.14159 * 5.0**2 + 3.0 * 4.0)
    report.say("\nA Dog, which has no area, among the shapes:")
    report.contrast(
        "total_area_dog", outcome(lambda: total_area([names["Dog"]()])), "duck/dog-rejected"
    )
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
