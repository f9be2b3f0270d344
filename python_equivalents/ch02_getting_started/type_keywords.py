"""Classes for what Rust spells ``struct``, ``enum``, ``impl``, ``trait`` and ``type``: the twin
of ``src/bin/type_keywords.rs``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from demo_report import Report, parse_args


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance(self) -> float:
        return math.sqrt(self.x**2 + self.y**2)

    def draw(self) -> str:
        return f"point at ({self.x!r}, {self.y!r})"


# Rust's `enum Shape { Circle(f64), Rectangle(f64, f64) }` as a union of dataclasses: the
# nearest Python has to variants that carry data (an `enum.Enum` member holds one fixed value).
@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Rectangle:
    width: float
    height: float


Shape = Circle | Rectangle


def area(shape: Shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rectangle(width=w, height=h):
            return w * h


class Drawable(Protocol):
    def draw(self) -> str: ...


def render(item: Drawable) -> str:
    """``Point`` never names ``Drawable``: a Protocol is satisfied by having the method."""
    return item.draw()


UserId = int  # an alias: any int is a UserId (`typing.NewType` would make a distinct one)


def user_label(user_id: UserId) -> str:
    return f"user #{user_id}"


def demo(report: Report) -> None:
    report.say("A dataclass: fields, then methods, and `__repr__`/`__eq__` written for you:")
    p = Point(3.0, 4.0)
    report.result("distance", repr(p.distance()))
    report.contrast("debug_repr", repr(p), "types/struct-dataclass")
    report.contrast(
        "repr_without_derive",
        f"no request needed: @dataclass wrote {type(p).__repr__.__qualname__}",
        "types/struct-dataclass",
    )
    report.result("equal_points", "equal" if p == Point(3.0, 4.0) else "different")

    report.say("\nA union of dataclasses, taken apart by `match`:")
    report.result("circle_area", f"{area(Circle(1.0)):.4f}")
    report.result("rectangle_area", repr(area(Rectangle(2.0, 3.0))))
    report.contrast("enum_value", repr(Rectangle(2.0, 3.0)), "types/enum-data")

    report.say("\nA Protocol: structural, the method is enough:")
    report.result("draw", render(p))
    report.contrast(
        "method_is_not_enough",
        f"accepted: {render(p)} (Point never mentions Drawable)",
        "types/trait-protocol",
    )

    report.say("\nAn alias:")
    report.result("alias_accepts_plain", user_label(42))


if __name__ == "__main__":
    options = parse_args("type_keywords", "struct, enum, impl, trait and type.")
    demo(Report("type_keywords", json_lines=options.json))
