"""What a closure captures: the twin of ``src/bin/late_binding.rs``."""

from __future__ import annotations

from collections.abc import Callable

from demo_report import Report, parse_args


def late_bound() -> list[int]:
    """The lecture's lambdas: each reads the comprehension's one variable ``i`` when called."""
    funcs: list[Callable[[], int]] = [lambda: i for i in range(3)]  # noqa: B023 - the late binding shown on purpose
    return [f() for f in funcs]


def default_bound() -> list[int]:
    """The default-argument fix: the value is stored when each lambda is made."""
    # mypy cannot type a lambda's default argument; the trick itself is the lecture's.
    funcs: list[Callable[[], int]] = [lambda i=i: i for i in range(3)]  # type: ignore[misc]
    return [f() for f in funcs]


def sees_later_assignment() -> int:
    """The Rust ui test's program: assign to ``i`` after a closure captured it, then call it."""
    i = 0

    def f() -> int:
        return i

    i = 2
    return f()


def demo(report: Report) -> None:
    report.say("Three lambdas made in a comprehension, each called afterwards:")
    report.contrast("closures over the loop variable", late_bound(), "capture/late-binding")
    report.result("one value per closure", default_bound())
    report.say("\nChanging a variable a closure has captured is allowed (and seen by it):")
    report.contrast(
        "assign while borrowed",
        f"allowed: the closure then returns {sees_later_assignment()}",
        "capture/no-late-binding-in-rust",
    )
    report.say("\nShared state is Python's default:")
    report.result("shared cell", late_bound())


if __name__ == "__main__":
    options = parse_args(
        "late_binding", "what a closure captures: Python's late binding against move"
    )
    demo(Report("late_binding", json_lines=options.json))
