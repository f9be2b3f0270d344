"""The lecture's unittest.mock test. Ledger: ``mock/fetch-user``."""

from unittest.mock import Mock

import pytest

from ch14_unsafe_ffi.mock_database import fetch_user_name


def test_fetch_user() -> None:
    mock_db = Mock()
    mock_db.get_user.return_value = {"name": "Alice"}

    result = fetch_user_name(mock_db, 1)
    assert result == "Alice"
    mock_db.get_user.assert_called_once_with(1)


# The lecture's block, as printed: it calls a `fetch_user_name` it never defines or imports.
LECTURE_BLOCK = """
from unittest.mock import Mock, patch

def test_fetch_user():
    mock_db = Mock()
    mock_db.get_user.return_value = {"name": "Alice"}

    result = fetch_user_name(mock_db, 1)
    assert result == "Alice"
    mock_db.get_user.assert_called_once_with(1)
"""


def test_the_lectures_block_as_printed_fails_with_name_error() -> None:
    namespace: dict[str, object] = {}
    # The lecture's own text, run to show that it fails.
    exec(LECTURE_BLOCK, namespace)
    test = namespace["test_fetch_user"]
    assert callable(test)
    with pytest.raises(NameError, match="name 'fetch_user_name' is not defined"):
        test()


def test_assert_called_once_with_fails_on_a_second_call() -> None:
    mock_db = Mock()
    mock_db.get_user.return_value = {"name": "Alice"}
    fetch_user_name(mock_db, 1)
    fetch_user_name(mock_db, 1)
    expected = r"Expected 'get_user' to be called once\. Called 2 times"
    with pytest.raises(AssertionError, match=expected):
        mock_db.get_user.assert_called_once_with(1)
