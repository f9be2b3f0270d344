"""Traits vs duck typing on CPython: the lecture's block as printed. Ledger: duck/*."""

import pytest

from ch10_traits.duck_typing import Square, run_lecture_block


def test_the_block_prints_90_53975_and_stops_at_the_dog() -> None:
    _, printed, error = run_lecture_block()
    assert printed == "90.53975\n"
    assert printed != "90.54\n"
    assert isinstance(error, AttributeError)
    assert str(error) == "'Dog' object has no attribute 'area'"


def test_the_dog_fails_inside_total_area_not_when_defined() -> None:
    names, _, _ = run_lecture_block()
    dog = names["Dog"]()
    assert dog.bark() == "Woof!"
    shapes = [names["Circle"](1), dog]
    with pytest.raises(AttributeError, match="'Dog' object has no attribute 'area'"):
        names["total_area"](shapes)


def test_any_object_with_an_area_method_is_accepted_without_inheritance() -> None:
    names, _, _ = run_lecture_block()
    assert names["total_area"]([Square(2.0), names["Rectangle"](3, 4)]) == 16.0
    assert Square.__mro__ == (Square, object)
