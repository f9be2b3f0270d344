"""Enums replace several Python patterns: the twin of ``src/bin/messages.rs``.

Python has three ways to say "one of these": string constants, ``enum.Enum`` (members with a
fixed value), and a class with a ``kind`` field and free-form data. The closest to a Rust enum
with data is a union of dataclasses, which this twin uses; the tagged class is shown for what it
lets through.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum, auto

from demo_report import Report, outcome, parse_args

# 1. String constants: any other string is accepted just as well.
STATUS_PENDING = "pending"
STATUS_ACTIVE = "active"
STATUS_CLOSED = "closed"


# 2. An Enum: a fixed set of members, each with one constant value.
class Status(StrEnum):
    PENDING = auto()  # StrEnum's auto() is the member's name in lower case: "pending"
    ACTIVE = auto()
    CLOSED = auto()


# 3. The lecture's tagged class: a kind and any keyword data.
class TaggedMessage:
    def __init__(self, kind: str, **data: object) -> None:
        self.kind = kind
        self.data = data


def process_tagged(msg: TaggedMessage) -> str:
    if msg.kind == "move":
        return f"Moving to ({msg.data['x']}, {msg.data['y']})"
    return f"{msg.kind}: {msg.data}"


# The Rust enum's closest twin: one dataclass per variant, and their union.
@dataclass(frozen=True)
class Text:
    content: str


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Quit:
    pass


@dataclass(frozen=True)
class Move:
    x: int
    y: int


Message = Text | Image | Quit | Move


@dataclass(frozen=True, slots=True)
class CompactMove:
    """The most compact object a Python programmer would write: no per-instance dict."""

    x: int
    y: int


def process(msg: Message) -> str:
    match msg:
        case Text(content):
            return f"Text: {content}"
        case Image(url, width, height):
            return f"Image: {url} ({width}x{height})"
        case Quit():
            return "Quitting"
        case Move(x, y):
            return f"Moving to ({x}, {y})"


def samples() -> list[Message]:
    return [Text("hello"), Image("cat.png", 100, 80), Quit(), Move(3, -4)]


def bytes_per_object(count: int = 2000) -> dict[str, int]:
    """Heap bytes per move message in a list, traced while ``count`` of each kind are alive."""
    kinds: dict[str, Callable[[int], object]] = {
        "tagged class": lambda i: TaggedMessage(kind="move", x=i, y=i + 1),
        "dataclass": lambda i: Move(i, i + 1),
        "slots dataclass": lambda i: CompactMove(i, i + 1),
    }
    sizes = {}
    for name, build in kinds.items():
        tracemalloc.start()
        # Numbers from 1000 up: CPython caches small ints, which would hide their cost.
        alive = [build(i) for i in range(1000, 1000 + count)]
        used, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        sizes[name] = round(used / len(alive))
    return sizes


def demo(report: Report) -> None:
    report.say("An Enum member is looked up by its value:")
    report.result("status_from_value", Status("active").name.title())
    report.contrast("status_unknown", outcome(lambda: Status("actve").name), "adt/python-enum")

    report.say("\nA union of dataclasses, one `match` case per class:")
    for i, msg in enumerate(samples()):
        report.result(f"process_{i}", process(msg))

    report.say("\nThe tagged class takes a misspelt kind and a missing field, and fails later:")
    typo = TaggedMessage(kind="txt", content="hello")
    half = TaggedMessage(kind="move", x=1)
    report.contrast(
        "misspelt_variant",
        f"accepted kind={typo.kind!r}; move without y: {outcome(lambda: process_tagged(half))}",
        "adt/python-tagged-class",
    )

    report.say("\nThe heap bytes of one move message (ints from 1000 up, so not cached):")
    sizes = bytes_per_object()
    report.contrast(
        "memory_per_message",
        ", ".join(f"{name}: ~{size} bytes" for name, size in sizes.items()),
        "adt/python-no-compact-form",
    )


if __name__ == "__main__":
    options = parse_args(
        "messages",
        "a Status enum and a data-carrying Message enum against Python's Enum and tagged classes",
    )
    demo(Report("messages", json_lines=options.json))
