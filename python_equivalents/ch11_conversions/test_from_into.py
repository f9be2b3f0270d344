"""Python's conversions by constructor call, run on CPython. Ledger: intro/*, from-into/*."""

import pytest

from ch11_conversions.from_into import Celsius, lecture_conversions


def test_the_lectures_block_converts_with_constructors() -> None:
    names = lecture_conversions()
    assert names["x"] == 42
    assert names["s"] == "42"
    assert names["f"] == 3.14
    assert names["lst"] == [1, 2, 3]
    assert names["c"].temp == 100.0  # type: ignore[attr-defined]


def test_int_raises_value_error_for_text_that_is_not_a_number() -> None:
    with pytest.raises(ValueError, match=r"invalid literal for int\(\) with base 10: 'forty-two'"):
        int("forty-two")


def test_int_has_no_width_and_truncates_floats() -> None:
    assert 300 == 300
    assert (2**63 - 1) + 1 == 2**63
    assert int(3.99) == 3
    assert int(-3.99) == -3


def test_from_fahrenheit_gives_100() -> None:
    assert Celsius.from_fahrenheit(212.0).temp == 100.0
