"""Unions of dataclasses and ``match``, on CPython: what the lecture's Python block does."""

import math
import warnings

import pytest

from ch06_enums.shapes import Circle, Pentagon, Rectangle, Triangle, area, lecture_area


def test_area_matches_each_dataclass_by_its_fields() -> None:
    assert area(Circle(1.0)) == math.pi
    assert area(Rectangle(4.0, 6.0)) == 24.0
    assert area(Triangle(base=3.0, height=8.0)) == 12.0


def test_the_lectures_python_circle_is_off_in_the_sixth_digit() -> None:
    assert lecture_area(Circle(1.0)) == 3.14159
    assert math.pi - 3.14159 == pytest.approx(2.65358979e-6, rel=1e-6)


def test_a_forgotten_case_returns_none_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert lecture_area(Pentagon(2.0)) is None
