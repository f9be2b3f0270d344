"""Steps 2 to 5, the whole program on a scratch file: the twin of ``src/bin/task_session.rs``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ch17_capstone.data_model import STAMP
from ch17_capstone.rustdo import run
from demo_report import Report, parse_args

SESSION = [
    ["list"],
    ["add", "Write Rust", "high"],
    ["add", "Read the docs"],
    ["add", "Fix bug", "urgent"],
    ["done", "1"],
    ["list"],
    ["list", "--all"],
    ["stats"],
    ["remove", "2"],
    ["remove", "2"],
    ["add", "Ship it", "low"],
    ["done", "one"],
    ["lsit"],
]


def outcome_text(stdout: str, stderr: str, status: int) -> str:
    text = stdout if status == 0 else stderr
    lines = text.splitlines()
    return f"[exit {status}] {lines[0] if lines else ''}"


def demo(report: Report) -> None:
    report.say("rustdo on a scratch file; each case is a command line, its status and first line:")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tasks.json"
        for args in SESSION:
            stdout, stderr, status = run(args, path, STAMP)
            report.result(" ".join(args), outcome_text(stdout, stderr, status))
            if args in (["list", "--all"], ["stats"]):
                report.say(stdout)


if __name__ == "__main__":
    options = parse_args("task_session", "steps 2 to 5: rustdo run on a scratch file")
    demo(Report("task_session", json_lines=options.json))
