"""Protocols (PEP 544) vs traits: the twin of ``src/bin/protocols.rs``.

``Printable`` is a runtime-checkable Protocol; ``User`` and ``Product`` never name it and satisfy
it by having ``to_string``. The rest shows the rows of the lecture's comparison table that code
can show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from demo_report import Report, outcome, parse_args


@runtime_checkable
class Printable(Protocol):
    def to_string(self) -> str:
        """The one line ``print_all`` shows for this item."""
        ...


@dataclass
class User:
    name: str

    def to_string(self) -> str:
        return f"User({self.name})"


@dataclass
class Product:
    name: str
    price: float

    def to_string(self) -> str:
        # `$` is a literal dollar sign; the price gets two decimals.
        return f"Product({self.name}, ${self.price:.2f})"


def print_all(items: Iterable[Printable]) -> None:
    for line in (item.to_string() for item in items):
        print(line)


def lecture_items() -> list[Printable]:
    return [User("Alice"), Product("Widget", 9.99)]


def print_all_of_42() -> None:
    """The lecture's commented-out call, made: mypy would refuse it, the interpreter runs it."""
    untyped: list[Any] = [42]
    print_all(untyped)


class Framed(Protocol):
    """A protocol with a default method: an explicit subclass inherits ``framed``."""

    def to_string(self) -> str:
        """What ``framed`` puts between the brackets."""
        ...

    def framed(self) -> str:
        return f"[{self.to_string()}]"


@dataclass
class FramedUser(Framed):
    login: str

    def to_string(self) -> str:
        return f"User({self.login})"


def add_method_to_int() -> str:
    """What Rust's ``impl Printable for i32`` would be in Python: setting a method on ``int``."""
    setattr(int, "to_string", lambda self: f"int({self})")  # noqa: B010
    return "added"


def demo(report: Report) -> None:
    report.say('print_all(User("Alice"), Product("Widget", 9.99)), one result per line:')
    report.result("print_all", " | ".join(item.to_string() for item in lecture_items()))
    report.say("\nprint_all([42]): mypy warns and Python crashes; rustc refuses:")
    report.contrast("print_all_42", outcome(print_all_of_42), "protocols/print-all-42")
    report.say("\nA default method, inherited by an explicit subclass of the Protocol:")
    report.result("default_method", FramedUser("Alice").framed())
    report.say("\nThe method added to a foreign type (int):")
    report.contrast("foreign_type", outcome(add_method_to_int), "table/foreign-types")


if __name__ == "__main__":
    options = parse_args(
        "protocols", "Protocol (PEP 544) against a trait: print_all, defaults, foreign types"
    )
    demo(Report("protocols", json_lines=options.json))
