"""Dunder methods: the twin of ``src/bin/dunder_traits.rs``.

Each row of the lecture's table, the Python way: ``__str__``, ``__repr__``, ``__eq__``,
``__hash__``, ordering, ``__add__``, ``__len__``, ``__getitem__``, ``__contains__``, ``__iter__``
and a context manager's ``__enter__``/``__exit__``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from ch05_collections.rectangle import Rectangle
from demo_report import Report, as_json, outcome, parse_args


@dataclass(frozen=True, order=True)
class Point:
    """Frozen, so hashable; ``order=True`` compares as the tuple ``(x, y)``."""

    x: int
    y: int

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)


class PlainPoint:
    """No ``__eq__``: two instances are equal only if they are the same object."""

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


class Deck:
    def __init__(self, cards: list[str]) -> None:
        self.cards = list(cards)

    def __len__(self) -> int:
        return len(self.cards)

    def __getitem__(self, i: int) -> str:
        return self.cards[i]

    def __contains__(self, card: object) -> bool:
        return card in self.cards

    def __iter__(self) -> Iterator[str]:
        return iter(self.cards)


class BareDeck:
    """No ``__iter__`` and no ``__getitem__``: not iterable."""

    def __init__(self, cards: list[str]) -> None:
        self.cards = list(cards)


class Session:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __enter__(self) -> Session:
        self.log.append("open")
        return self

    def work(self) -> None:
        self.log.append("work")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.log.append("close")


def session_log() -> list[str]:
    log: list[str] = []
    with Session(log) as session:
        session.work()
    log.append("after")
    return log


def distinct_points() -> int:
    return len({Point(1, 2), Point(1, 2), Point(0, 5)})


def sorted_points() -> list[tuple[int, int]]:
    points = sorted([Point(1, 2), Point(0, 5), Point(1, 1)])
    return [(p.x, p.y) for p in points]


def iterate_bare() -> list[str]:
    return [card for card in BareDeck(["ace"])]  # type: ignore[attr-defined]


def demo(report: Report) -> None:
    r = Rectangle(10.0, 5.0)
    report.say(
        "__str__ and __repr__ (a dataclass writes a repr that reads like a constructor call):"
    )
    report.contrast("str", str(r), "display/f64-whole-number")
    report.contrast("repr", repr(r), "dunder/repr-debug")

    a, b = Point(1, 2), Point(1, 2)
    report.say("\n__eq__, __hash__, ordering (a frozen dataclass with order=True):")
    report.result("eq", as_json(a == b))
    report.result("distinct_in_set", distinct_points())
    report.result("sorted", as_json(sorted_points()))
    report.result("lt", as_json(Point(0, 9) < Point(1, 0)))
    report.contrast("hash_float_fields", outcome(lambda: hash(r)), "dunder/hash-derive")
    report.contrast(
        "eq_not_derived", as_json(PlainPoint(1, 2) == PlainPoint(1, 2)), "dunder/eq-partialeq"
    )

    report.say("\n__add__:")
    total = a + Point(3, 4)
    report.result("add", as_json((total.x, total.y)))

    deck = Deck(["ace", "king", "queen"])
    report.say("\n__len__, __getitem__, __contains__, __iter__:")
    report.result("len", len(deck))
    report.result("getitem", deck[1])
    report.result("contains", as_json("king" in deck))
    report.result("iterate", as_json(list(deck)))
    report.contrast("iterate_without_trait", outcome(iterate_bare), "dunder/iter")

    report.say("\n__enter__/__exit__, at the end of the with block:")
    report.result("session", as_json(session_log()))


if __name__ == "__main__":
    options = parse_args("dunder_traits", "each row of the lecture's dunder-to-trait table, run")
    demo(Report("dunder_traits", json_lines=options.json))
