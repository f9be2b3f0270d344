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
    # Python's match (3.10+, PEP 634) does what the lecture's Rust match does: one case per
    # command, extra arguments ignored, anything else is the help.
    try:
        match args:
            case ["add"]:
                raise RustdoError("usage: rustdo add <title> [priority]")
            case ["add", title, *rest]:
                try:
                    priority = Priority.parse(rest[0]) if rest else Priority.MEDIUM
                except ValueError as e:
                    raise RustdoError(str(e)) from e
                out = add_task(path, Task(0, title, priority, created))
            case ["list", *rest]:
                out = list_tasks(path, rest[:1] == ["--all"])
            case ["done", *_]:
                out = complete_task(path, parse_id(args, "usage: rustdo done <id>"))
            case ["remove", *_]:
                out = remove_task(path, parse_id(args, "usage: rustdo remove <id>"))
            case ["stats", *_]:
                out = show_stats(path)
            case _:
                out = HELP
    except RustdoError as e:
        return "", f"Error: {e}", 1
    return out, "", 0
