"""Conditional statements: the twin of ``src/bin/conditionals.rs``.

Python's ``if`` takes any object and asks it whether it is true: empty containers, zero and None
say no. Rust takes a ``bool`` and nothing else, so the Rust demo shows rustc refusing what this
side runs, and both sides agree once the checks are written out.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


def weather(temperature: int) -> str:
    """The lecture's if/elif/else, returning the message instead of printing it."""
    if temperature > 100:
        return "Too hot!"
    elif temperature < 0:
        return "Too cold!"
    else:
        return "Just right"


def status(temperature: int) -> str:
    """The lecture's conditional expression."""
    return "hot" if temperature > 100 else "ok"


def status_with_reason(temperature: int) -> str:
    """Rust's `if` with statements in its arms needs a statement `if` here."""
    if temperature > 100:
        over = temperature - 100
        return f"hot ({over} over the limit)"
    margin = 100 - temperature
    return f"ok ({margin} to spare)"


def nonzero(x: int) -> bool:
    return x != 0


def has_items(items: list[int]) -> bool:
    return len(items) != 0


def has_text(name: str) -> bool:
    return len(name) != 0


def is_present(value: object) -> bool:
    return value is not None


def flag(value: bool) -> str:
    """``True`` → ``"true"``: Rust's spelling, so that both sides print the same result."""
    return "true" if value else "false"


def truthy(value: object) -> str:
    """What Python's ``if value:`` decides."""
    return "taken" if value else "skipped"


def demo(report: Report) -> None:
    report.say("if / elif / else:")
    for temperature in (150, -5, 42):
        report.result(f"weather({temperature})", weather(temperature))

    report.say("\nThe conditional expression:")
    report.result("status(150)", status(150))
    report.result("status(42)", status(42))
    report.result("status_with_reason(130)", status_with_reason(130))

    report.say("\nAnything as a condition (Python asks the object; mypy does not object):")
    report.contrast("if 42", truthy(42), "cond/python-falsy")
    report.contrast("if []", truthy([]), "cond/python-falsy")
    report.contrast('if ""', truthy(""), "cond/python-falsy")
    report.extra("if None", truthy(None), "cond/python-falsy")

    report.say("\nThe explicit checks, which mean the same in both languages:")
    report.result("42 != 0", flag(nonzero(42)))
    report.result("0 != 0", flag(nonzero(0)))
    report.result("[] is not empty", flag(has_items([])))
    report.result("[1, 2] is not empty", flag(has_items([1, 2])))
    report.result('"" is not empty', flag(has_text("")))
    report.result("None is present", flag(is_present(None)))

    report.say("\nA conditional expression needs its else; its arms may differ in type:")
    report.contrast(
        "if without else",
        outcome(lambda: compile('status = "hot" if t > 100', "<lecture>", "exec")),
        "cond/if-value-needs-else-and-one-type",
    )
    temperature = 42
    report.contrast(
        "arms of two types",
        repr("hot" if temperature > 100 else 0),
        "cond/if-value-needs-else-and-one-type",
    )


if __name__ == "__main__":
    options = parse_args(
        "conditionals", "if and else, if as a value, and conditions that must be bool"
    )
    demo(Report("conditionals", json_lines=options.json))
