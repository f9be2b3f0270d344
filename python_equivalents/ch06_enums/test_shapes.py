"""Unions of dataclasses and ``match``, on CPython: what the lecture's Python block does."""

import math
import typing
import warnings

import pytest

from ch06_enums.shapes import (
    Circle,
    Pentagon,
    Rectangle,
    Shape,
    Triangle,
    area,
    area_of_unknown_shape,
    circle_area_with_lecture_pi,
)


def test_area_matches_each_dataclass_by_its_fields() -> None:
    assert area(Circle(1.0)) == math.pi
    assert area(Rectangle(4.0, 6.0)) == 24.0
    assert area(Triangle(base=3.0, height=8.0)) == 12.0


def test_a_union_alias_is_the_union_itself() -> None:
    # The lecture's `Shape = Union[...]` and our `Circle | Rectangle | Triangle` are plain
    # assignments that type checkers read as an alias, and at run time the same union.
    lecture_spelling = typing.Union[Circle, Rectangle, Triangle]  # noqa: UP007
    assert lecture_spelling == Shape
    assert typing.get_args(Shape) == (Circle, Rectangle, Triangle)


def test_positional_class_patterns_need_match_args() -> None:
    class Plain:
        def __init__(self, radius: float) -> None:
            self.radius = radius

    def radius_of(shape: object) -> object:
        match shape:
            case Circle(r):
                return r
            # mypy sees this one too: Plain does not define __match_args__.
            case Plain(r):  # type: ignore[misc]
                return r
        return None

    # @dataclass writes __match_args__ = ('radius',); a plain class has none.
    assert Circle.__match_args__ == ("radius",)
    assert radius_of(Circle(2.0)) == 2.0
    with pytest.raises(TypeError, match=r"Plain\(\) accepts 0 positional sub-patterns"):
        radius_of(Plain(2.0))


def test_the_lectures_python_circle_is_off_in_the_sixth_digit() -> None:
    # The Rust block's `area` of a radius-10 circle is 314.1592653589793 (tests/shapes.rs);
    # the twin, with math.pi, computes the same double, and the lecture's 3.14159 does not.
    assert area(Circle(10.0)) == 314.1592653589793
    lectures = circle_area_with_lecture_pi(10.0)
    assert lectures == 314.159
    assert area(Circle(10.0)) - 314.159 == pytest.approx(2.6536e-4, rel=1e-4)


def test_a_forgotten_case_returns_none_without_a_warning() -> None:
    # `area` has no case for a Pentagon and no line after its `match`: it returns None.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert area_of_unknown_shape(Pentagon(2.0)) is None
