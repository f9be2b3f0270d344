"""``find_user`` in Python: a union annotation and an isinstance check. Ledger: user-id/*."""

from ch11_conversions.user_id import UserId, find_user


def test_find_user_takes_an_int_or_a_user_id() -> None:
    assert find_user(42) == "User #UserId(42)"
    assert find_user(UserId(42)) == "User #UserId(42)"


def test_nothing_checks_the_argument_at_run_time() -> None:
    # The annotation says int | UserId; CPython runs the call with a str all the same.
    assert find_user("42") == "User #UserId('42')"  # type: ignore[arg-type]
