"""Closures and lambdas on the Python side. Ledger: ``closures/*``, ``syntax/*``."""

from collections.abc import Callable

import pytest

from ch12_iterators.closures import (
    EXPRESSION_BODY,
    STATEMENT_BODY,
    digit_sum,
    doubled,
    evens,
    lambda_with_a_statement,
    make_adder,
    syntax_rows,
)


def test_a_lambda_doubles() -> None:
    double: Callable[[int], int] = lambda x: x * 2  # noqa: E731 - the lecture's spelling
    assert double(5) == 10


def test_a_lambda_body_cannot_hold_statements() -> None:
    # Whole modules ("exec"): the only thing wrong with the second is the loop in the lambda.
    compile(EXPRESSION_BODY, "<lambda>", "exec")
    with pytest.raises(SyntaxError):
        compile(STATEMENT_BODY, "<lambda>", "exec")
    assert lambda_with_a_statement().startswith("SyntaxError")
    assert digit_sum(1234) == 10


def test_make_adder_returns_a_closure_that_keeps_n() -> None:
    assert make_adder(5)(10) == 15
    assert make_adder(-3)(10) == 7


def test_map_and_filter_take_lambdas() -> None:
    assert doubled([1, 2, 3, 4, 5]) == [2, 4, 6, 8, 10]
    assert evens([1, 2, 3, 4, 5]) == [2, 4]


def test_each_row_of_the_syntax_table_evaluates() -> None:
    assert [value for _, value in syntax_rows()] == [10, 5, 42, 11]
