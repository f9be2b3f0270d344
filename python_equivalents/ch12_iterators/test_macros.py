"""Decorators and assertions on the Python side. Ledger: ``macros/*``."""

import dataclasses

import pytest

from ch12_iterators.macros import (
    assert_eq_failing,
    assert_failing,
    failed_assertion,
    process,
    todo,
    variadic_formats,
)


def test_log_calls_announces_then_calls(capsys: pytest.CaptureFixture[str]) -> None:
    assert process("data") == "DATA"
    assert capsys.readouterr().out == "Calling process\n"
    assert process.__name__ == "process"


def test_dataclass_writes_its_methods_when_the_class_statement_runs() -> None:
    def make() -> type:
        @dataclasses.dataclass
        class Point:
            x: float
            y: float

        return Point

    # Defined inside a function: the methods appear when the function runs, not at import,
    # and each run writes new ones.
    point = make()
    for name in ("__init__", "__repr__", "__eq__"):
        assert name in point.__dict__
    assert repr(point(1.0, 2.5)).endswith(".<locals>.Point(x=1.0, y=2.5)")
    init = vars(point)["__init__"]
    assert vars(make())["__init__"] is not init
    # Written as source text and exec'd: the code comes from no file.
    assert init.__code__.co_filename == "<string>"


def test_a_function_takes_any_number_of_arguments_with_star_args() -> None:
    assert variadic_formats() == ["none", "1", "1 two", "1 two 3.5"]


def test_a_failing_assert_carries_no_source_on_plain_cpython() -> None:
    # pytest rewrites asserts in test files only; the checks live in a module it leaves alone.
    assert failed_assertion(assert_eq_failing) == "AssertionError"
    assert failed_assertion(assert_failing) == "AssertionError"


def test_not_implemented_error_is_the_todo() -> None:
    assert todo() == "NotImplementedError"


def test_dict_from_keyword_arguments() -> None:
    assert dict(a=1, b=2) == {"a": 1, "b": 2}
    assert dict(Grace=97, Bob=85, Linus=78)["Bob"] == 85


def test_an_f_string_with_equals_shows_expression_and_value_without_the_place() -> None:
    x = 1
    assert f"{x * 2 = }" == "x * 2 = 2"
