"""Numbers on the Python side: one unbounded int, a 64-bit float, a bool that is an int."""

import array
import ctypes
import struct
import sys

import numpy as np
import pytest

from ch03_types.numeric_types import digits_summary, float32, python_index


def test_two_to_the_1000_has_302_digits_not_thousands() -> None:
    assert len(str(2**1000)) == 302
    assert (2**1000).bit_length() == 1001
    assert digits_summary(str(2**1000)) == "302 digits: 1071508607…5668069376"


def test_int_arithmetic_never_overflows() -> None:
    assert 255 + 1 == 256
    assert 2**127 == 170141183460469231731687303715884105728
    assert (2**10_000).bit_length() == 10_001


def test_converting_a_huge_int_to_str_is_limited_since_311() -> None:
    assert sys.version_info >= (3, 11)
    assert sys.get_int_max_str_digits() == 4300
    with pytest.raises(ValueError, match="Exceeds the limit \\(4300 digits\\)"):
        str(10**5000)


def test_an_int_object_grows_with_its_value() -> None:
    # CPython 3.11, 64-bit: a header of 24 bytes and 4 bytes per 30-bit digit.
    assert sys.getsizeof(42) == 28
    assert sys.getsizeof(2**64) == 36
    assert sys.getsizeof(2**1000) == 24 + 4 * 34


def test_underscores_are_pep_515_separators_only_between_digits() -> None:
    assert 1_000_000 == 1000000
    assert eval("0x_ff") == 255
    for literal in ["1__000", "1_000_"]:
        with pytest.raises(SyntaxError, match="invalid decimal literal"):
            eval(literal)


def test_there_are_no_type_suffixes() -> None:
    with pytest.raises(SyntaxError, match="invalid decimal literal"):
        eval("42u8")


def test_float_is_an_ieee_754_double() -> None:
    assert sys.float_info.mant_dig == 53
    assert struct.pack(">d", 3.14).hex() == "40091eb851eb851f"
    assert isinstance(3.14, float)


def test_32_bit_floats_exist_outside_the_builtin_types() -> None:
    # No f32 built in, but array, struct and numpy store 32-bit floats, rounded as Rust's f32.
    assert float32(3.14) == 3.140000104904175
    assert array.array("f", [3.14])[0] == 3.140000104904175
    assert float(np.float32(3.14)) == 3.140000104904175


def test_bool_is_a_subclass_of_int() -> None:
    assert True + True == 2
    assert isinstance(True, int)
    assert issubclass(bool, int)


def test_len_returns_an_int_and_negative_indexes_count_from_the_end() -> None:
    items = [1, 2, 3]
    assert type(len(items)) is int
    assert items[-1] == 3
    assert python_index(items, 5) is None
    with pytest.raises(IndexError, match="list index out of range"):
        items[5]


def test_one_int_type_whatever_the_value() -> None:
    small, big = 42, 2**1000
    assert type(small) is type(big)
    assert isinstance(big, int)


def test_unsigned_integers_exist_outside_the_builtin_types() -> None:
    # No unsigned int built in, but array and ctypes store unsigned bytes: array refuses what does
    # not fit, ctypes wraps it silently, as a Rust release build wraps `255_u8 + 1`.
    with pytest.raises(OverflowError, match="unsigned byte integer is greater than maximum"):
        array.array("B", [256])
    assert ctypes.c_uint8(256).value == 0
    assert ctypes.c_uint8(-1).value == 255
