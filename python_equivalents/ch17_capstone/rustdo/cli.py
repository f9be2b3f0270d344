"""Stretch goal 1 in Python: argparse subcommands, the twin of ``src/rustdo/cli.rs``."""

from __future__ import annotations

import argparse

from ch17_capstone.rustdo.task import Priority


def priority_arg(text: str) -> Priority:
    # argparse shows only "invalid ... value" for a ValueError; ArgumentTypeError keeps the message.
    try:
        return Priority.parse(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rustdo")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add")
    add.add_argument("title")
    add.add_argument("priority", nargs="?", default=Priority.MEDIUM, type=priority_arg)
    list_ = commands.add_parser("list")
    list_.add_argument("--all", action="store_true")
    for name in ("done", "remove"):
        commands.add_parser(name).add_argument("id", type=int)
    commands.add_parser("stats")
    return parser
