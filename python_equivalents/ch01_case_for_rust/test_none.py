"""Section 2 on the Python side: None used as a value fails when the line runs, not before."""

import pytest

from ch01_case_for_rust.none_handling import describe_user, find_user, get_name, name_or_unknown


def test_an_unknown_id_returns_none() -> None:
    assert find_user(999) is None
    assert find_user(1) == {"name": "Alice"}


def test_subscripting_a_missing_user_is_a_type_error() -> None:
    user = find_user(999)
    with pytest.raises(TypeError, match="'NoneType' object is not subscriptable"):
        user["name"]  # type: ignore[index]


def test_upper_on_a_missing_name_is_an_attribute_error() -> None:
    name = get_name(999)
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'upper'"):
        name.upper()  # type: ignore[union-attr]


def test_handling_none_gives_the_same_answers_as_rust() -> None:
    assert describe_user(999) == "User not found"
    assert name_or_unknown(999) == "Unknown"
    assert name_or_unknown(2) == "Bob"
