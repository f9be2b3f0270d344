"""The code review exercise, Python side: the twin of ``src/bin/code_review.rs``."""

from __future__ import annotations

import json

from demo_report import Report, parse_args


def get_name_as_written(names: list[str], index: int) -> str:
    """The Python habit the lecture reviews: an empty-string sentinel for "missing"."""
    if 0 <= index < len(names):
        return names[index]
    return ""


def get_name(names: list[str], index: int) -> str | None:
    """``str | None``: what Rust's ``Option<&str>`` says, unenforced unless mypy runs."""
    return names[index] if 0 <= index < len(names) else None


def demo(report: Report) -> None:
    names = ["Alice", "Bob"]
    report.say("The sentinel version answers a missing index with an empty string:")
    report.result("as_written_0", get_name_as_written(names, 0))
    report.result("as_written_5", json.dumps(get_name_as_written(names, 5)))
    report.result("as_written_minus_1", json.dumps(get_name_as_written(names, -1)))
    report.say("\nThe Optional version says None:")
    report.result("idiomatic_0", get_name(names, 0))
    report.result("idiomatic_5", get_name(names, 5))


if __name__ == "__main__":
    options = parse_args("code_review", "chapter 16, the code review exercise")
    demo(Report("code_review", json_lines=options.json))
