"""Section 1 on the Python side: what really happens when the wrong types reach the function."""

import json

import pytest

from ch01_case_for_rust.type_errors import LECTURE_PAYLOAD, process_json, process_user


def test_wrong_types_fail_late_with_attribute_error() -> None:
    # The lecture says TypeError; the call is accepted and `.upper()` on an int raises this.
    with pytest.raises(AttributeError, match="'int' object has no attribute 'upper'"):
        process_user("not-a-number", 42)  # type: ignore[arg-type]


def test_none_id_passes_silently() -> None:
    user = process_user(None, "Alice")  # type: ignore[arg-type]
    assert user == {"id": None, "name": "ALICE"}


def test_unexpected_keyword_is_a_type_error_at_call_time() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'admin'"):
        process_user(1, "alice", admin=True)  # type: ignore[call-arg]


def test_string_id_from_json_passes_through() -> None:
    user = process_json('{"id": "7", "name": "bob"}')
    assert user == {"id": "7", "name": "BOB"}
    assert isinstance(user["id"], str)


def test_lecture_json_example_fails_with_key_error() -> None:
    # The lecture's payload has no "name": the lookup fails before any type could matter.
    assert "name" not in json.loads(LECTURE_PAYLOAD)
    with pytest.raises(KeyError, match="'name'"):
        process_json(LECTURE_PAYLOAD)
