"""Associated types and operator overloading on CPython: Countdown, Vec2 and its ``__add__``.
Ledger: assoc/*, ops/*."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from ch10_traits.operators import Countdown, Vec2, Vec2Ops, show


def test_the_countdown_from_3_yields_2_1_0() -> None:
    assert list(Countdown(3)) == [2, 1, 0]


def test_an_iterator_int_annotation_is_not_checked_at_run_time() -> None:
    class Liar(Iterator[int]):
        def __next__(self) -> int:
            raise StopIteration

    words: Any = ["not", "ints"]
    wrong: Iterator[int] = iter(words)
    value: object = next(wrong)
    assert value == "not"
    assert list(Liar()) == []


def test_vec2_plus_vec2() -> None:
    vec2: Any = Vec2
    assert show(vec2(1.0, 2.0) + vec2(3.0, 4.0)) == "Vec2(4, 6)"


def test_vec2_plus_int_is_an_attribute_error_not_a_type_error() -> None:
    vec2: Any = Vec2
    with pytest.raises(AttributeError, match="'int' object has no attribute 'x'"):
        vec2(1.0, 2.0) + 5


def test_int_plus_vec2_is_the_type_error() -> None:
    vec2: Any = Vec2
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \+: 'int' and 'Vec2'"):
        5 + vec2(1.0, 2.0)


def test_any_object_with_x_and_y_is_accepted_as_other() -> None:
    vec2: Any = Vec2

    class Duck:
        x, y = 10.0, 20.0

    assert show(vec2(1.0, 2.0) + Duck()) == "Vec2(11, 22)"


def test_returning_not_implemented_gives_the_type_error() -> None:
    class Strict:
        def __init__(self, x: float) -> None:
            self.x = x

        def __add__(self, other: object) -> Strict:
            if not isinstance(other, Strict):
                return NotImplemented
            return Strict(self.x + other.x)

    with pytest.raises(
        TypeError, match=r"unsupported operand type\(s\) for \+: 'Strict' and 'int'"
    ):
        Strict(1.0) + 5


def test_sub_and_mul_are_dunders_like_add() -> None:
    a, b = Vec2Ops(1.0, 2.0), Vec2Ops(3.0, 4.0)
    assert show(b - a) == "Vec2(2, 2)"
    assert show(a * 3.0) == "Vec2(3, 6)"
    assert show(3.0 * a) == "Vec2(3, 6)"
    assert b - a == b.__sub__(a)


def test_a_number_on_the_left_needs_rmul() -> None:
    @dataclass(frozen=True)
    class NoRmul:
        x: float

        def __mul__(self, factor: float) -> NoRmul:
            return NoRmul(self.x * factor)

    assert NoRmul(2.0) * 3.0 == NoRmul(6.0)
    with pytest.raises(
        TypeError, match=r"unsupported operand type\(s\) for \*: 'float' and 'NoRmul'"
    ):
        3.0 * NoRmul(2.0)  # type: ignore[operator]
