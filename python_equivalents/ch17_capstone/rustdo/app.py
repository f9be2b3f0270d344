"""Steps 3 and 5, parsing and wiring: the twin of ``src/rustdo/{command,app}.rs``."""

from __future__ import annotations

from pathlib import Path

from ch17_capstone.rustdo.actions import (
    RustdoError,
    add_task,
    complete_task,
    list_tasks,
    remove_task,
    show_stats,
)
from ch17_capstone.rustdo.task import Priority, Task

HELP = """\
rustdo — a task manager for Pythonistas learning Rust

USAGE:
  rustdo add <title> [low|medium|high]   Add a task
  rustdo list [--all]                    List pending tasks
  rustdo done <id>                       Mark task complete
  rustdo remove <id>                     Remove a task
  rustdo stats                           Show statistics"""


def parse_id(args: list[str], usage: str) -> int:
    if len(args) < 2:
        raise RustdoError(usage)
    # Rust's u32 parse takes one optional "+" and ASCII digits; int() also takes " 1", "1_0",
    # "-1" and non-ASCII digits, so check the text before converting it.
    digits = args[1].removeprefix("+")
    if not (digits.isascii() and digits.isdigit()) or int(digits) > 2**32 - 1:
        raise RustdoError("id must be a number")
    return int(digits)


def run(args: list[str], path: Path, created: str) -> tuple[str, str, int]:
    """(stdout, stderr, exit status), as ``app::run``."""
    try:
        command = args[0] if args else None
        if command == "add":
            if len(args) < 2:
                raise RustdoError("usage: rustdo add <title> [priority]")
            try:
                priority = Priority.parse(args[2]) if len(args) > 2 else Priority.MEDIUM
            except ValueError as e:
                raise RustdoError(str(e)) from e
            out = add_task(path, Task(0, args[1], priority, created))
        elif command == "list":
            out = list_tasks(path, len(args) > 1 and args[1] == "--all")
        elif command == "done":
            out = complete_task(path, parse_id(args, "usage: rustdo done <id>"))
        elif command == "remove":
            out = remove_task(path, parse_id(args, "usage: rustdo remove <id>"))
        elif command == "stats":
            out = show_stats(path)
        else:
            out = HELP
    except RustdoError as e:
        return "", f"Error: {e}", 1
    return out, "", 0
