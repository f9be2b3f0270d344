"""The lecture's table of Option methods: the twin of ``src/bin/option_methods.rs``.

Where the table's Python column tests truthiness (``x or default``, ``f(x) if x else None``,
``x and x.attr``), a present ``0`` or ``""`` is treated as missing. Those lines are contrasts; the
``is None`` spellings beside them give Rust's answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ch06_enums.find_user import find_user
from demo_report import Report, outcome, parse_args


def lecture_or_default(x: int | None, default: int) -> int:
    """The table's ``x or default``."""
    return x or default


def or_default(x: int | None, default: int) -> int:
    """What ``unwrap_or`` does: replace ``None``, and only ``None``."""
    return x if x is not None else default


def lecture_or_compute(x: int | None, compute: Callable[[], int]) -> tuple[int, int]:
    """The table's ``x or compute()``, counting the calls of ``compute``."""
    calls = 0

    def counted() -> int:
        nonlocal calls
        calls += 1
        return compute()

    value = x or counted()
    return value, calls


def lecture_doubled(x: int | None) -> int | None:
    """The table's ``f(x) if x else None``."""
    return x * 2 if x else None


@dataclass(frozen=True)
class Profile:
    email: str | None


def domain(email: str) -> str | None:
    _, at, rest = email.partition("@")
    return rest if at else None


def lecture_email_domain(profile: Profile | None) -> str | None:
    """The table's lookup chained with ``and``: it returns the first falsy link, of any type."""
    # mypy rejects this line: `and` can return the Profile itself, or "" (typecheck/chain_and.py).
    return profile and profile.email and domain(profile.email)  # type: ignore[return-value]


class UserNotFound(LookupError):  # noqa: N818 (the lecture's name, kept on both sides)
    def __init__(self, user_id: int) -> None:
        super().__init__(f"user {user_id} not found")


def name_or_error(user_id: int) -> str:
    """Get or raise, as Python writes it: ``raise`` is a statement, so it needs an ``if``."""
    user = find_user(user_id)
    if user is None:
        raise UserNotFound(user_id)
    return user["name"]


def get_or_raise_line(user_id: int) -> str:
    try:
        return name_or_error(user_id)
    except UserNotFound as error:
        return f"error: {error}"


def lecture_get_or_raise() -> str:
    """The table's ``x if x else raise``, handed to the compiler."""
    compile("name = x if x else raise", "<lecture table>", "exec")
    return "compiled"


def show(x: object) -> str:
    return "None" if x is None else str(x)


def demo(report: Report) -> None:
    report.say("Default value: the lecture's `x or 10`:")
    for x in [5, None]:
        report.result(f"default_{show(x)}", lecture_or_default(x, 10))
    report.contrast("default_0", lecture_or_default(0, 10), "methods/default-value")
    report.result("default_0_is_not_none", or_default(0, 10))

    report.say("\nDefault factory: how often does `compute` run in `x or compute()`?")
    for x in [5, None]:
        value, calls = lecture_or_compute(x, lambda: 99)
        report.result(f"factory_{show(x)}", f"{value}, {calls} call(s)")
    value, calls = lecture_or_compute(0, lambda: 99)
    report.contrast("factory_0", f"{value}, {calls} call(s)", "methods/default-factory")

    report.say("\nTransform if present: `f(x) if x else None`:")
    report.result("map_3", show(lecture_doubled(3)))
    report.result("map_None", show(lecture_doubled(None)))
    report.contrast("map_0", show(lecture_doubled(0)), "methods/transform")

    report.say("\nChained lookups: `p and p.email and domain(p.email)`:")
    profiles = [
        ("full", Profile("ada@example.org")),
        ("no_email", Profile(None)),
        ("no_profile", None),
    ]
    for label, profile in profiles:
        report.result(f"chain_{label}", show(lecture_email_domain(profile)))
    report.contrast("chain_empty_email", repr(lecture_email_domain(Profile(""))), "methods/chain")

    report.say("\nGet or raise, written as a statement (the table's expression is a SyntaxError):")
    for user_id in [1, 999]:
        report.result(f"get_or_raise_{user_id}", get_or_raise_line(user_id))
    report.extra("lecture_get_or_raise", outcome(lecture_get_or_raise), "methods/get-or-raise")


if __name__ == "__main__":
    options = parse_args(
        "option_methods",
        "unwrap_or, unwrap_or_else, map, and_then and ok_or against Python's None idioms",
    )
    demo(Report("option_methods", json_lines=options.json))
