"""None where Rust has ``Option``: the lecture's ``find_user`` on CPython."""

import pytest

from ch06_enums.find_user import (
    find_user,
    found_line,
    get_user_name,
    greeting,
    lookup_message,
    name_or_unknown,
)


def test_subscripting_a_missing_user_is_a_type_error() -> None:
    user = find_user(999)
    with pytest.raises(TypeError, match="'NoneType' object is not subscriptable"):
        user["name"]  # type: ignore[index]


def test_none_is_accepted_anywhere_and_fails_only_where_it_is_used() -> None:
    def shout(name: str) -> str:
        return name.upper()

    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'upper'") as err:
        shout(None)  # type: ignore[arg-type]
    # The call itself went through: the error is raised inside `shout`, at `.upper()`.
    assert err.traceback[-1].name == "shout"


def test_match_and_the_walrus_handle_the_missing_user() -> None:
    assert lookup_message(999) == "Not found"
    assert lookup_message(1) == "Found: Alice"
    assert found_line(1) == "Found: Alice"
    assert found_line(999) is None


def test_a_default_and_an_early_return_give_rusts_answers() -> None:
    assert name_or_unknown(999) == "Unknown"
    assert get_user_name(999) is None
    assert get_user_name(1) == "Alice"
    assert greeting(999) == "Who is 999?"
