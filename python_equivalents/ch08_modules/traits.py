"""Traits against ``typing.Protocol``: the twin of ``src/bin/traits.rs``.

A Protocol is structural: ``Rect`` never mentions ``Shape`` and is one all the same, to mypy
(typecheck/protocol_structural.py) and at run time.
"""

from dataclasses import dataclass
from typing import Protocol

from demo_report import Report, parse_args


class Shape(Protocol):
    def area(self) -> float: ...


@dataclass
class Square:
    side: float

    def area(self) -> float:
        return self.side * self.side


@dataclass
class Rect:
    """Has an ``area`` method and no mention of ``Shape``."""

    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height


def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


def demo(report: Report) -> None:
    report.say("Classes that match Shape, summed through the protocol:")
    report.result("total_area_squares", f"{total_area([Square(2.0), Square(3.0)]):.1f}")
    rect = Rect(2.0, 5.0)
    report.say("\nA class with a matching `area` method and no declaration:")
    report.result("rect_area_called_directly", f"{rect.area():.1f}")
    report.contrast("rect_as_shape", f"{total_area([rect]):.1f}", "traits/nominal-not-structural")


if __name__ == "__main__":
    options = parse_args("traits", "a trait is nominal: a matching method is not an impl")
    demo(Report("traits", json_lines=options.json))
