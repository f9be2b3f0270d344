"""Traits vs duck typing on CPython. Ledger: duck/*."""

from typing import Any

import pytest

from ch10_traits.duck_typing import (
    Circle,
    Dog,
    Rectangle,
    Square,
    lecture_shapes,
    total_area,
    total_area_of_a_dog,
)


def test_the_block_prints_90_53975_and_stops_at_the_dog(capsys: pytest.CaptureFixture[str]) -> None:
    print(total_area(lecture_shapes()))
    assert capsys.readouterr().out == "90.53975\n"
    with pytest.raises(AttributeError) as raised:
        total_area_of_a_dog()
    assert str(raised.value) == "'Dog' object has no attribute 'area'"


def test_the_dog_fails_inside_total_area_not_when_defined() -> None:
    dog = Dog()
    assert dog.bark() == "Woof!"
    shapes: list[Any] = [Circle(1), dog]
    with pytest.raises(AttributeError, match="'Dog' object has no attribute 'area'") as raised:
        total_area(shapes)
    # The frame that raised is the generator inside total_area, not the caller.
    assert raised.traceback[-1].name == "<genexpr>"


def test_any_object_with_an_area_method_is_accepted_without_inheritance() -> None:
    assert total_area([Square(2.0), Rectangle(3, 4)]) == 16.0
    assert Square.__mro__ == (Square, object)
