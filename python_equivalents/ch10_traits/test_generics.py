"""Generic constraints on CPython: the lecture's TypeVar block as printed. Ledger: generics/*,
quickref/*."""

import typing

import pytest

from ch10_traits.generic_bounds import describe, lecture_functions


def test_first_returns_the_first_item_or_none() -> None:
    first = lecture_functions()["first"]
    assert first([10, 20, 30]) == 10
    assert first([]) is None
    assert first("ab") == "a"


def test_average_takes_anything_float_accepts_at_run_time() -> None:
    average = lecture_functions()["average"]
    assert average([1, 2, 3, 4]) == 2.5
    assert average([2**70, 2**70]) == float(2**70)
    assert average(["1.5", "2.5"]) == 2.0


def test_average_of_nothing_raises_zero_division_error() -> None:
    average = lecture_functions()["average"]
    with pytest.raises(ZeroDivisionError, match="division by zero"):
        average([])


def test_the_second_typevar_replaces_the_first_at_run_time() -> None:
    names = lecture_functions()
    assert names["T"].__bound__ is typing.SupportsFloat


def test_a_union_is_told_apart_at_run_time_with_isinstance() -> None:
    assert describe(7) == "int 7"
    assert describe("seven") == 'str "seven"'
