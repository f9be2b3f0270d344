"""Python's conversions by constructor call, run on CPython. Ledger: intro/*, from-into/*."""

import struct

import pytest

from ch11_conversions.from_into import Celsius, as_byte, narrow, widen


def test_the_lectures_block_converts_with_constructors() -> None:
    # One call per line of the lecture's block: each builtin type's constructor converts.
    assert int("42") == 42
    assert str(42) == "42"
    assert float("3.14") == 3.14
    assert list((1, 2, 3)) == [1, 2, 3]
    assert Celsius.from_fahrenheit(212.0) == Celsius(100.0)


def test_int_raises_value_error_for_text_that_is_not_a_number() -> None:
    with pytest.raises(ValueError, match=r"invalid literal for int\(\) with base 10: 'forty-two'"):
        int("forty-two")


def test_int_has_no_width_and_truncates_floats() -> None:
    # Where `300i32 as u8` wraps to 44, Python refuses a byte of 300 and checks 32 bits by value.
    with pytest.raises(ValueError, match=r"bytes must be in range\(0, 256\)"):
        as_byte(300)
    assert narrow(42) == 42
    with pytest.raises(struct.error, match="format requires -2147483648 <= number <= 2147483647"):
        narrow(2**31)
    assert widen(-(2**31)) == -2_147_483_648
    # int() of text past 64 bits keeps every digit: there is no width to wrap to.
    assert int("18446744073709551916") - 2**64 == 300
    assert int(3.99) == 3
    assert int(-3.99) == -3


def test_from_fahrenheit_gives_100() -> None:
    assert Celsius.from_fahrenheit(212.0).temp == 100.0
