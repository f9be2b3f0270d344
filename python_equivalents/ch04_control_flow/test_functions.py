"""Functions and methods on the Python side."""

import dataclasses

import pytest

from ch04_control_flow.functions import (
    FrozenCounter,
    MyStruct,
    apply,
    divide,
    flexible,
    greet,
    min_max,
    sum_all,
)


def test_greet_has_a_default_greeting() -> None:
    assert greet("Alice") == "Hello, Alice!"
    assert greet("Alice", "Hi") == "Hi, Alice!"


def test_flexible_accepts_any_arguments() -> None:
    assert flexible() == (0, 0)
    assert flexible(1, "two", [3], a=4, b=None) == (3, 2)


def test_sum_all_of_star_args() -> None:
    assert sum_all(1, 2, 3) == 6
    assert sum_all() == 0


def test_apply_calls_the_lambda() -> None:
    assert apply(lambda x: x * 2, 5) == 10


def test_apply_accepts_a_lambda_that_captures() -> None:
    factor = 3
    assert apply(lambda x: x * factor, 5) == 15


def test_divide_is_none_for_zero() -> None:
    assert divide(1, 0) is None
    assert divide(1, -0.0) is None
    assert divide(7, 2) == 3.5


def test_float_division_by_zero_raises() -> None:
    with pytest.raises(ZeroDivisionError, match="float division by zero"):
        _ = 1.0 / 0.0


def test_min_max_returns_a_tuple() -> None:
    lo, hi = min_max([3, 1, 4, 1, 5])
    assert (lo, hi) == (1, 5)


def test_min_max_of_an_empty_list_raises() -> None:
    with pytest.raises(ValueError, match="min\\(\\) arg is an empty sequence"):
        min_max([])


def test_any_method_may_change_self() -> None:
    thing = MyStruct.new()
    assert thing.read_only_that_writes() == 1  # a "read-only" method that writes
    thing.modify()
    assert thing.consume() == "consumed at 2"
    assert thing.read_only() == 2  # still there after "consume"


def test_a_frozen_dataclass_refuses_assignment_through_self() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FrozenCounter().read_only()


def test_a_classmethod_receives_the_class_it_is_called_on() -> None:
    class Special(MyStruct):
        pass

    assert type(MyStruct.new()) is MyStruct
    assert type(Special.new()) is Special


def test_a_call_is_resolved_when_it_runs() -> None:
    thing = MyStruct.new()
    original = MyStruct.read_only
    try:
        MyStruct.read_only = lambda self: -1  # type: ignore[method-assign]
        assert thing.read_only() == -1  # an object made before the change sees it
    finally:
        MyStruct.read_only = original  # type: ignore[method-assign]
    assert thing.read_only() == 0
