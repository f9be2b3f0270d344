"""What the lecture's ``unittest.mock`` test checks, in our own tests.
Ledger: ``mock/fetch-user``."""

from unittest.mock import Mock

import pytest

from ch14_unsafe_ffi.mock_database import fetch_user_name


def _database_knowing_alice() -> Mock:
    # spec_set: a typo such as ``get_usr`` raises instead of returning yet another Mock.
    database = Mock(spec_set=["get_user"])
    database.get_user.return_value = {"name": "Alice"}
    return database


def test_fetch_user_name_reads_alice_from_one_lookup_of_id_1() -> None:
    database = _database_knowing_alice()
    assert fetch_user_name(database, 1) == "Alice"
    database.get_user.assert_called_once_with(1)


def test_assert_called_once_with_fails_on_a_second_call() -> None:
    database = _database_knowing_alice()
    for _ in range(2):
        fetch_user_name(database, 1)
    expected = r"Expected 'get_user' to be called once\. Called 2 times"
    with pytest.raises(AssertionError, match=expected):
        database.get_user.assert_called_once_with(1)


# The lecture's mock test ("Mocking with mockall", ../shared/course/ch14-unsafe-rust-and-ffi.md
# line 428) calls a `fetch_user_name` that nothing in it defines or imports. This snippet keeps
# that one gap, a test that mocks a database and calls the undefined name, and nothing else.
CALLS_AN_UNDEFINED_FUNCTION = """
from unittest.mock import Mock


def test_fetch_user() -> None:
    database = Mock()
    assert fetch_user_name(database, 1) is not None
"""


def test_a_test_calling_an_undefined_fetch_user_name_fails_with_name_error() -> None:
    namespace: dict[str, object] = {}
    exec(CALLS_AN_UNDEFINED_FUNCTION, namespace)
    test = namespace["test_fetch_user"]
    assert callable(test)
    with pytest.raises(NameError, match="name 'fetch_user_name' is not defined"):
        test()
