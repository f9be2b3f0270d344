"""The lecture's exercise, on CPython's ``int()``. Ledger: exercise/int-is-laxer."""

import pytest

from ch09_errors.parse_port import parse_port, show


def test_int_of_letters_raises_value_error() -> None:
    with pytest.raises(ValueError, match=r"^invalid literal for int\(\) with base 10: 'abc'$"):
        int("abc")


def test_int_accepts_spaces_underscores_and_a_sign() -> None:
    assert int(" 8080 ") == 8080
    assert int("8_080") == 8080
    assert int("+8080") == 8080
    assert parse_port(" 8080 ") == 8080


def test_int_has_no_upper_bound_so_the_twin_checks_the_range() -> None:
    assert int("70000") == 70000
    assert show("70000") == '❌ "70000" → port 70000 is out of range'


def test_the_lectures_inputs_give_the_same_lines_except_the_parse_message() -> None:
    assert show("") == '❌ "" → empty input'
    assert show("80") == '❌ "80" → port 80 is privileged'
    assert show("8080") == "✅ 8080 → 8080"
    assert show("hello").startswith('❌ "hello" → invalid number: invalid literal for int()')
