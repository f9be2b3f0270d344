"""str(), int(), float(), __str__ and the quick reference on CPython. Ledger: strings/*, ref/*."""

import math

from ch11_conversions.string_conversions import (
    Point,
    dict_from_pairs,
    parse_float,
    parse_int,
    str_of_plain,
    two_places,
)


def test_numbers_format_as_rust_formats_them() -> None:
    assert str(42) == "42"
    assert two_places(3.14) == "3.14"
    assert two_places(2.675) == "2.67"
    assert two_places(0.125) == "0.12"
    assert f"{2.5:.0f}" == "2"


def test_int_accepts_spaces_underscores_and_other_digits() -> None:
    assert parse_int("+42") == "42"
    assert int(" 42 ") == 42
    assert int("4_2") == 42
    assert int("٤٢") == 42  # ARABIC-INDIC DIGIT FOUR, TWO
    assert parse_int("") == "error: invalid literal for int() with base 10: ''"


def test_float_accepts_spaces_and_underscores_and_spells_nan_lowercase() -> None:
    assert float(" 3.14") == 3.14
    assert float("1_000.5") == 1000.5
    assert float("infinity") == math.inf
    assert parse_float("nan") == "nan"
    assert parse_float(".5") == "0.5"
    assert parse_float("x") == "error: could not convert string to float: 'x'"


def test_point_str_keeps_the_point_of_each_float() -> None:
    assert str(Point(1.0, 2.0)) == "(1.0, 2.0)"
    assert f"{Point(1.0, 2.0)}" == "(1.0, 2.0)"


def test_str_works_on_any_object() -> None:
    assert str_of_plain() == "<Plain object at 0x…>"


def test_dict_keeps_the_last_value_of_a_repeated_key() -> None:
    assert dict_from_pairs([("a", 1), ("b", 2), ("a", 3)]) == "a=3, b=2"
    assert list(n * n for n in range(1, 4)) == [1, 4, 9]


def test_bool_is_truthiness() -> None:
    assert bool(3) is True
    assert bool("False") is True
    assert bool(0.0) is False
    assert bool([]) is False
    assert bool(None) is False
