"""Step 1, the data model, shown: the twin of ``src/bin/data_model.rs``."""

from __future__ import annotations

import json
from enum import Enum

from ch17_capstone.rustdo import Priority, Task
from demo_report import Report, parse_args

STAMP = "2026-11-27T10:00:00"

# The sketch's kind of enum: a plain Enum, whose members are not str (ours is a StrEnum). It is
# named Priority, as the sketch's is, so json's error names the class the sketch's save names;
# mypy wants the variable to carry that name too, which would hide our own Priority.
PlainPriority = Enum("Priority", ["LOW", "MEDIUM", "HIGH"])  # type: ignore[misc]


def lecture_roundtrip(task: Task) -> str:
    """What the sketch's save does with a task: json.dumps of a dict holding a plain Enum."""
    record = {**task.to_dict(), "priority": PlainPriority[task.priority.name]}
    try:
        json.dumps([record])
    except TypeError as e:
        return f"TypeError: {e}"
    return "saved"


def demo(report: Report) -> None:
    report.say("Parsing a priority, in any case, with short forms:")
    for text in ["high", "H", "med", "invalid"]:
        try:
            parsed = str(Priority.parse(text))
        except ValueError as e:
            parsed = str(e)
        report.result(f"parse_{text}", parsed)
    report.say("\nA priority as JSON (a StrEnum member is a str):")
    report.result("priority_json", json.dumps(Priority.HIGH))

    task = Task(1, "Write Rust", Priority.HIGH, STAMP)
    report.say("\nA task through __str__:")
    report.result("task_display", task)
    report.say("\nA task as JSON, and back:")
    text = json.dumps(task.to_dict(), separators=(",", ":"), ensure_ascii=False)
    report.result("task_json", text)
    report.contrast("task_roundtrip", lecture_roundtrip(task), "python/save-enum-to-json")
    report.say("\nA match that forgets a member runs, and fails only when that member arrives:")
    icons = {Priority.MEDIUM: "🟡", Priority.HIGH: "🔴"}
    report.contrast("missing_arm", repr(icons.get(Priority.LOW)), "step1/exhaustive-match")


if __name__ == "__main__":
    options = parse_args("data_model", "step 1: Priority and Task, parsed, displayed, serialised")
    demo(Report("data_model", json_lines=options.json))
