"""The Python column of the lecture's table, run on CPython: truthiness is not ``is None``."""

import pytest

from ch06_enums.option_methods import (
    Profile,
    UserNotFound,
    lecture_doubled,
    lecture_email_domain,
    lecture_get_or_raise,
    lecture_or_compute,
    lecture_or_default,
    name_or_error,
    or_default,
)


def test_or_replaces_every_falsy_value_not_only_none() -> None:
    falsy_values: list[object] = [0, "", [], False, 0.0]
    for falsy in falsy_values:
        assert (falsy or "default") == "default"
        assert (falsy if falsy is not None else "default") == falsy


def test_or_default_loses_a_present_zero_that_is_none_keeps() -> None:
    assert lecture_or_default(0, 10) == 10
    assert or_default(0, 10) == 0
    assert lecture_or_default(None, 10) == or_default(None, 10) == 10


def test_or_compute_is_lazy_but_also_runs_for_zero() -> None:
    assert lecture_or_compute(5, lambda: 99) == (5, 0)
    assert lecture_or_compute(None, lambda: 99) == (99, 1)
    assert lecture_or_compute(0, lambda: 99) == (99, 1)


def test_f_if_x_else_none_skips_a_present_zero() -> None:
    assert lecture_doubled(3) == 6
    assert lecture_doubled(0) is None


def test_an_and_chain_returns_the_first_falsy_link_itself() -> None:
    assert lecture_email_domain(Profile("ada@example.org")) == "example.org"
    assert lecture_email_domain(Profile("")) == ""
    assert lecture_email_domain(None) is None


def test_the_tables_get_or_raise_is_a_syntax_error() -> None:
    # CPython 3.11 says only "invalid syntax"; newer versions word it more precisely, so the
    # test asks for the exception, not its wording.
    with pytest.raises(SyntaxError):
        lecture_get_or_raise()
    # The same line with an expression where `raise` stood compiles: `raise` is what is wrong.
    compile("name = x if x else None", "<lecture table, fixed>", "exec")


def test_get_or_raise_as_a_statement_raises_for_a_missing_user() -> None:
    assert name_or_error(1) == "Alice"
    with pytest.raises(UserNotFound, match="user 999 not found"):
        name_or_error(999)
