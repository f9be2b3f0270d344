"""Section 2, None: the twin of ``src/bin/none_handling.rs``.

``find_user`` may return None, and the annotation says so, but nothing makes the caller look:
using the result as a dict or a str fails only when that line runs with an unknown id.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args

USERS: dict[int, dict[str, str]] = {1: {"name": "Alice"}, 2: {"name": "Bob"}}


def find_user(user_id: int) -> dict[str, str] | None:
    return USERS.get(user_id)


# The lecture writes Optional[str]; `str | None` is the same type in today's spelling.
def get_name(user_id: int) -> str | None:
    user = find_user(user_id)
    return None if user is None else user["name"]


def describe_user(user_id: int) -> str:
    """The Rust `match`, in Python 3.10's: here the None case is handled because we chose to."""
    match find_user(user_id):
        case None:
            return "User not found"
        case user:
            return user["name"]


def name_or_unknown(user_id: int) -> str:
    """The Rust `map(...).unwrap_or_else(...)`: a conditional expression with a default."""
    user = find_user(user_id)
    return user["name"] if user is not None else "Unknown"


def demo(report: Report) -> None:
    report.say("Looking up a user who exists works the same in both languages:")
    report.result("lookup_known", outcome(lambda: describe_user(1)))

    report.say("\nUsing a missing user as if it were there (mypy flags both lines):")
    report.contrast(
        "subscript_missing",
        outcome(lambda: find_user(999)["name"]),  # type: ignore[index]
        "none/python-subscript",
    )
    report.contrast(
        "upper_on_missing",
        outcome(lambda: get_name(999).upper()),  # type: ignore[union-attr]
        "none/python-optional-upper",
    )

    report.say("\nHandling the None case, which both languages can do and only Rust insists on:")
    report.result("match_missing", describe_user(999))
    report.result("combinator_missing", name_or_unknown(999))
    report.result("combinator_known", name_or_unknown(2))


if __name__ == "__main__":
    options = parse_args(
        "none_handling",
        "a missing user used as if it were there, and the two ways of handling it",
    )
    demo(Report("none_handling", json_lines=options.json))
