"""The Python side of the capstone: the twin of the Rust tests, and argparse for clap."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from ch17_capstone.rustdo import Priority, Task, run
from ch17_capstone.rustdo.app import HELP
from ch17_capstone.rustdo.cli import build_parser

STAMP = "2026-11-27T10:00:00"


def test_priority_parses_short_forms_in_any_case() -> None:
    assert Priority.parse("H") is Priority.HIGH
    assert Priority.parse("med") is Priority.MEDIUM
    with pytest.raises(ValueError, match=r"unknown priority: 'invalid' \(use low/medium/high\)"):
        Priority.parse("invalid")


def test_task_str_matches_rusts_display() -> None:
    task = Task(1, "Write Rust", Priority.HIGH, STAMP)
    assert str(task) == "⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)"


def test_a_session_adds_completes_lists_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    assert run(["list"], path, STAMP) == ("No tasks! 🎉", "", 0)
    run(["add", "Write Rust", "high"], path, STAMP)
    run(["add", "Read the docs"], path, STAMP)
    assert (
        run(["done", "1"], path, STAMP)[0]
        == "Completed: ✅ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    )
    listed = run(["list"], path, STAMP)[0]
    assert listed == "  ⬜ 2 [🟡] Read the docs (2026-11-27T10:00:00)\n\n1 task(s) shown"
    assert run(["stats"], path, STAMP)[0] == (
        "📊 Task Statistics\n   Total:   2\n   Done:    1 ✅\n   Pending: 1\n"
        "   🔴 High:   0\n   🟡 Medium: 1\n   🟢 Low:    0"
    )


def test_a_missing_id_exits_one_with_an_error(tmp_path: Path) -> None:
    for verb in ["done", "remove"]:
        assert run([verb, "9"], tmp_path / "t.json", STAMP) == ("", "Error: No task with id 9", 1)
    for text in [" 1", "1_0", "-1", "4294967296"]:
        assert run(["done", text], tmp_path / "t.json", STAMP)[1] == "Error: id must be a number"
    assert run(["done", "+9"], tmp_path / "t.json", STAMP)[1] == "Error: No task with id 9"


def test_a_match_statement_parses_the_command_line_like_rusts_match(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    assert run(["add"], path, STAMP) == ("", "Error: usage: rustdo add <title> [priority]", 1)
    added = run(["add", "Write Rust", "high", "extra"], path, STAMP)[0]
    assert added == "Added: ⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    assert run(["list", "--all", "extra"], path, STAMP)[0].endswith("1 task(s) shown")
    assert run(["lsit"], path, STAMP) == (HELP, "", 0)
    assert run([], path, STAMP) == (HELP, "", 0)


def test_removing_the_newest_task_frees_its_id(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    run(["add", "Write Rust", "high"], path, STAMP)
    run(["add", "Read the docs"], path, STAMP)
    run(["remove", "2"], path, STAMP)
    assert run(["add", "Ship it", "low"], path, STAMP)[0].startswith("Added: ⬜ 2 [🟢] Ship it")


def test_argparse_fills_the_default_priority_and_the_long_flag() -> None:
    parser = build_parser()
    add = parser.parse_args(["add", "Write Rust"])
    assert (add.title, add.priority) == ("Write Rust", Priority.MEDIUM)
    assert parser.parse_args(["list", "--all"]).all is True


def test_argparse_refuses_a_mistyped_command_with_status_two(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["lsit"])
    assert exit_.value.code == 2
    assert "invalid choice: 'lsit'" in capsys.readouterr().err


def test_argparse_hides_a_valueerror_message_unless_it_is_an_argumenttypeerror(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["add", "x", "urgent"])
    assert "unknown priority: 'urgent' (use low/medium/high)" in capsys.readouterr().err
    bare = argparse.ArgumentParser()
    bare.add_argument("p", type=Priority.parse)
    with pytest.raises(SystemExit):
        bare.parse_args(["urgent"])
    assert "invalid parse value: 'urgent'" in capsys.readouterr().err
