"""Generic constraints on CPython: first, average, and a TypeVar bound twice. Ledger:
generics/*, quickref/*."""

import typing
from typing import Any

import pytest

from ch10_traits.generic_bounds import average, describe, first
from ch10_traits.typecheck import typevar_bound_twice


def test_first_returns_the_first_item_or_none() -> None:
    assert first([10, 20, 30]) == 10
    assert first([]) is None
    assert first("ab") == "a"


def test_average_takes_anything_float_accepts_at_run_time() -> None:
    assert average([1, 2, 3, 4]) == 2.5
    assert average([2**70, 2**70]) == float(2**70)
    strings: Any = ["1.5", "2.5"]
    assert average(strings) == 2.0


def test_average_of_nothing_raises_zero_division_error() -> None:
    with pytest.raises(ZeroDivisionError, match="division by zero"):
        average([])


def test_the_second_typevar_replaces_the_first_at_run_time() -> None:
    # The mypy case that binds T twice, imported: at run time a TypeVar is an ordinary object, so
    # `first` keeps the unbounded T it was defined with and the name T now means the bounded one.
    first_param = typevar_bound_twice.first.__annotations__["items"].__args__[0]
    assert first_param.__name__ == "T"
    assert first_param.__bound__ is None
    assert typevar_bound_twice.T.__bound__ is typing.SupportsFloat
    assert typevar_bound_twice.average([1, 2.5]) == 1.75


def test_a_union_is_told_apart_at_run_time_with_isinstance() -> None:
    assert describe(7) == "int 7"
    assert describe("seven") == 'str "seven"'
