"""Custom error types: the twin of ``src/bin/custom_errors.rs``.

The lecture's hierarchy (``AppError``, ``NotFoundError``, ``ValidationError``, same messages) and
its ``find_user``, plus the two classes the Rust ``AppError`` has and the Python block does not
(``Io`` and ``Json``), raised ``from`` the library's exception as ``#[from]`` keeps it as the
source.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from demo_report import Report, parse_args


class AppError(Exception):
    """The base of every error of this application: ``except AppError`` catches them all."""


class NotFoundError(AppError):
    def __init__(self, entity: str, id: int) -> None:
        super().__init__(f"{entity} with id {id} not found")
        self.entity, self.id = entity, id


class ValidationError(AppError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"Validation error on {field}: {message}")
        self.field, self.message = field, message


class IoError(AppError):
    pass


class JsonError(AppError):
    pass


@dataclass
class User:
    id: int
    name: str


USERS: dict[int, User] = {1: User(id=1, name="Ada")}


def find_user(user_id: int) -> User:
    try:
        return USERS[user_id]
    except KeyError:
        raise NotFoundError("User", user_id) from None


def load_users(path: str) -> list[User]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise IoError(f"IO error: {e}") from e
    except json.JSONDecodeError as e:
        raise JsonError(f"JSON error: {e}") from e
    try:
        return [User(id=entry["id"], name=entry["name"]) for entry in data]
    except (KeyError, TypeError) as e:
        raise JsonError(f"JSON error: missing field {e}") from e


def validate_email(email: str) -> str:
    if "@" not in email:
        raise ValidationError("email", "must contain @")
    return email


def variant(error: BaseException) -> str:
    """The class name without ``Error``: the Rust variant's name."""
    return type(error).__name__.removesuffix("Error")


# The lecture's `find_user` (its block at line 215 of ../shared/course/ch09-error-handling.md)
# reads a module-level `users` that the block never defines. This module has the same
# `find_user` body shape and no `users`; it is source text because a linter would refuse it.
FIND_USER_WITHOUT_USERS = """
def find_user(user_id):
    if user_id in users:
        return users[user_id]
    raise KeyError(user_id)
"""


def call_find_user_without_users(user_id: int) -> object:
    """Defines the ``find_user`` above in a fresh namespace and calls it."""
    namespace: dict[str, object] = {}
    exec(FIND_USER_WITHOUT_USERS, namespace)
    find: object = namespace["find_user"]
    assert callable(find)
    return find(user_id)


def fails_after_setup(log: list[str]) -> None:
    try:
        log.append("setup")
        validate_email("nobody")
        log.append("unreachable")
    finally:
        log.append("cleanup")


def demo(report: Report) -> None:
    report.say("The messages the lecture's classes build in `__init__`:")
    try:
        not_found = find_user(42).name
    except AppError as e:
        not_found = str(e)
    report.result("find_user_missing", not_found)
    report.result("find_user_found", find_user(1).name)
    try:
        validate_email("ada.example.com")
        invalid = ""
    except AppError as e:
        invalid = str(e)
    report.result("validation_message", invalid)

    report.say("\n`raise ... from e` keeps the library's exception as `__cause__`:")
    with tempfile.TemporaryDirectory(prefix="ch09-custom-") as scratch:
        directory = Path(scratch)
        try:
            users = load_users(str(directory / "users.json"))
            report.result("load_users_missing", f"{len(users)} users")
        except AppError as e:
            report.result("load_users_missing", variant(e))
            report.contrast("io_message", e, "custom/io-message-has-no-path")
            report.result("io_cause_kept", str(e.__cause__ is not None).lower())
        bad = directory / "users.json"
        bad.write_text('[{"id": 1, "name": "Ada"}, {"id": 2}]', encoding="utf-8")
        try:
            load_users(str(bad))
            report.result("load_users_bad_entry", "Ok")
        except AppError as e:
            report.result("load_users_bad_entry", variant(e))
        good = directory / "good.json"
        good.write_text('[{"id": 1, "name": "Ada"}]', encoding="utf-8")
        report.result("load_users_ok", len(load_users(str(good))))

    report.say("\n`except ValueError` catches its subclasses, JSONDecodeError among them:")
    try:
        json.loads("{")
        caught = False
    except ValueError:
        caught = True
    report.contrast("json_error_caught_as_validation", str(caught).lower(), "ref/except-as-pattern")

    report.say("\n`finally` runs on the way out of a raise:")
    log: list[str] = []
    try:
        fails_after_setup(log)
        outcome = "Ok(())"
    except AppError as e:
        outcome = f'Err("{variant(e)}")'
    report.result("finally_on_error", f"{outcome} {json.dumps(log)}")

    report.say("\nA find_user whose module never defines `users` fails when called:")
    try:
        call_find_user_without_users(1)
        as_printed = "returned"
    except NameError as e:
        as_printed = f"NameError: {e}"
    report.contrast("thiserror_block_as_printed", as_printed, "custom/block-as-printed")


if __name__ == "__main__":
    options = parse_args(
        "custom_errors",
        "thiserror's AppError: messages, #[from] conversions, variants against exception classes",
    )
    demo(Report("custom_errors", json_lines=options.json))
