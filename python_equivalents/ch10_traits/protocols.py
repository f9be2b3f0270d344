"""Protocols (PEP 544) vs traits: the twin of ``src/bin/protocols.rs``.

The lecture's Protocol block is run as printed (``LECTURE_BLOCK``); the rest shows the rows of its
comparison table that code can show.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any, Protocol

from demo_report import Report, outcome, parse_args

LECTURE_BLOCK = """
# Python — Protocol (structural typing, like Rust traits)
from typing import Protocol, runtime_checkable

@runtime_checkable
class Printable(Protocol):
    def to_string(self) -> str: ...

class User:
    def __init__(self, name: str):
        self.name = name
    def to_string(self) -> str:
        return f"User({self.name})"

class Product:
    def __init__(self, name: str, price: float):
        self.name = name
        self.price = price
    def to_string(self) -> str:
        return f"Product({self.name}, ${self.price:.2f})"

def print_all(items: list[Printable]) -> None:
    for item in items:
        print(item.to_string())

# Works because User and Product both have to_string()
print_all([User("Alice"), Product("Widget", 9.99)])

# BUT: mypy checks this, Python runtime does NOT enforce it
# print_all([42])  # mypy warns, but Python runs it and crashes
"""


def run_lecture_block() -> tuple[dict[str, Any], str]:
    """Runs the block; returns its names and what it printed."""
    namespace: dict[str, Any] = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(LECTURE_BLOCK, "<lecture: Python Protocol>", "exec"), namespace)
    return namespace, printed.getvalue()


class Framed(Protocol):
    """A protocol with a default method: an explicit subclass inherits ``framed``."""

    def to_string(self) -> str: ...

    def framed(self) -> str:
        return f"[{self.to_string()}]"


class FramedUser(Framed):
    def __init__(self, name: str) -> None:
        self.name = name

    def to_string(self) -> str:
        return f"User({self.name})"


def add_method_to_int() -> str:
    """What Rust's ``impl Printable for i32`` would be in Python: setting a method on ``int``."""
    setattr(int, "to_string", lambda self: f"int({self})")  # noqa: B010
    return "added"


def demo(report: Report) -> None:
    names, printed = run_lecture_block()
    report.say('print_all(User("Alice"), Product("Widget", 9.99)), one result per line:')
    report.result("print_all", printed.strip().replace("\n", " | "))
    report.say("\nprint_all([42]): mypy warns and Python crashes; rustc refuses:")
    report.contrast(
        "print_all_42", outcome(lambda: names["print_all"]([42])), "protocols/print-all-42"
    )
    report.say("\nA default method, inherited by an explicit subclass of the Protocol:")
    report.result("default_method", FramedUser("Alice").framed())
    report.say("\nThe method added to a foreign type (int):")
    report.contrast("foreign_type", outcome(add_method_to_int), "table/foreign-types")


if __name__ == "__main__":
    options = parse_args(
        "protocols", "Protocol (PEP 544) against a trait: print_all, defaults, foreign types"
    )
    demo(Report("protocols", json_lines=options.json))
