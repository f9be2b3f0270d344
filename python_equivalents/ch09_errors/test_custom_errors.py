"""Custom exceptions on CPython: the lecture's classes, ``raise ... from``, ``finally``
and what ``except``/``isinstance`` match. Ledger: custom/*, ref/*."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ch09_errors.custom_errors import (
    AppError,
    IoError,
    NotFoundError,
    User,
    ValidationError,
    call_find_user_without_users,
    fails_after_setup,
    find_user,
    load_users,
    variant,
)


def test_the_lectures_classes_build_their_messages_and_share_a_base() -> None:
    not_found = NotFoundError("User", 42)
    assert str(not_found) == "User with id 42 not found"
    assert (not_found.entity, not_found.id) == ("User", 42)
    invalid = ValidationError("email", "must contain @")
    assert str(invalid) == "Validation error on email: must contain @"
    assert isinstance(invalid, AppError)
    assert isinstance(not_found, AppError)
    assert find_user(1) == User(id=1, name="Ada")
    with pytest.raises(NotFoundError, match=r"^User with id 42 not found$"):
        find_user(42)


def test_the_lectures_find_user_needs_a_global_named_users() -> None:
    with pytest.raises(NameError, match="name 'users' is not defined"):
        call_find_user_without_users(1)


def test_raise_from_keeps_the_original_exception_as_the_cause(tmp_path: Path) -> None:
    with pytest.raises(IoError) as raised:
        load_users(str(tmp_path / "users.json"))
    assert isinstance(raised.value.__cause__, FileNotFoundError)
    assert "users.json" in str(raised.value)
    assert variant(raised.value) == "Io"


def test_the_traceback_shows_both_exceptions_linked() -> None:
    program = (
        "try:\n    int('x')\nexcept ValueError as e:\n    raise RuntimeError('config') from e\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=20, check=False
    )
    assert "The above exception was the direct cause of the following exception" in result.stderr


def test_except_value_error_also_catches_its_subclasses() -> None:
    assert issubclass(json.JSONDecodeError, ValueError)
    with pytest.raises(ValueError):  # noqa: PT011 (catching the broad class is the point)
        json.loads("{")
    assert isinstance(json.JSONDecodeError("x", "{", 0), ValueError)


def test_finally_runs_when_an_exception_leaves_the_block() -> None:
    log: list[str] = []
    with pytest.raises(Exception, match="must contain @"):
        fails_after_setup(log)
    assert log == ["setup", "cleanup"]


def test_with_closes_the_file_when_the_block_raises(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(RuntimeError), open(path, encoding="utf-8") as f:
        raise RuntimeError("inside with")
    assert f.closed
