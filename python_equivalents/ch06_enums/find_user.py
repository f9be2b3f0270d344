"""Option for None safety: the twin of ``src/bin/find_user.rs``.

``find_user`` returns a dict or ``None``; the annotation says so, but nothing at run time makes
the caller look. Each Rust way of handling the missing user has a Python spelling.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


def find_user(user_id: int) -> dict[str, str] | None:
    """The lecture's lookup, returning its dict (or None)."""
    users = {1: {"name": "Alice"}}
    return users.get(user_id)


def lookup_message(user_id: int) -> str:
    """Method 1, ``match``: ``case None`` and ``case user``, as Rust's ``None`` and ``Some``."""
    match find_user(user_id):
        case None:
            return "Not found"
        case user:
            return f"Found: {user['name']}"


def found_line(user_id: int) -> str | None:
    """Method 2, ``if let``: the walrus assignment and an ``is not None`` test."""
    if (user := find_user(user_id)) is not None:
        return f"Found: {user['name']}"
    return None


def name_or_unknown(user_id: int) -> str:
    """Method 3: a conditional expression, which tests for None and not for falsiness."""
    user = find_user(user_id)
    return user["name"] if user is not None else "Unknown"


def get_user_name(user_id: int) -> str | None:
    """Method 4, ``?``: Python has no operator for it, only an early return."""
    user = find_user(user_id)
    if user is None:
        return None
    return user["name"]


def greeting(user_id: int) -> str:
    """``let ... else``: the guard clause every Python programmer writes."""
    user = find_user(user_id)
    if user is None:
        return f"Who is {user_id}?"
    return f"Hello, {user['name']}"


def demo(report: Report) -> None:
    report.say("Reading the name of a user who is not there:")
    report.contrast(
        "name_of_missing",
        outcome(lambda: find_user(999)["name"]),  # type: ignore[index]
        "option/python-typeerror",
    )

    report.say("\nThe four ways the lecture handles it, and `let else`:")
    for user_id in [1, 999]:
        report.result(f"match_{user_id}", lookup_message(user_id))
        line = found_line(user_id)
        report.result(f"if_let_{user_id}", "(nothing)" if line is None else line)
        report.result(f"unwrap_or_else_{user_id}", name_or_unknown(user_id))
        report.result(f"question_mark_{user_id}", str(get_user_name(user_id)))
        report.result(f"let_else_{user_id}", greeting(user_id))


if __name__ == "__main__":
    options = parse_args(
        "find_user", "a lookup that may find nobody: None in Python, Option<User> in Rust"
    )
    demo(Report("find_user", json_lines=options.json))
