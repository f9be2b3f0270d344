"""Comprehensions against iterator chains: the twin of ``src/bin/comprehensions.rs``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce

import demo_report
from demo_report import Report, outcome, parse_args


@dataclass
class User:
    name: str
    active: bool


def users() -> list[User]:
    return [User("ada", True), User("bob", False), User("cy", True)]


def squares() -> list[int]:
    return [x**2 for x in range(10)]


def evens() -> list[int]:
    return [x for x in range(20) if x % 2 == 0]


def names(people: list[User]) -> list[str]:
    return [user.name for user in people if user.active]


def pairs() -> list[tuple[int, int]]:
    return [(x, y) for x in range(3) for y in range(3)]


def flat(nested: list[list[int]]) -> list[int]:
    return [item for sublist in nested for item in sublist]


def filter_then_map(source: list[int]) -> list[int]:
    return [x * x for x in source if x % 2 == 0]


def calls_around(eager: bool) -> tuple[int, int, int]:
    """How often the element code ran before ``sum`` asked, and after: a generator waits, a list
    comprehension has already run every element."""
    calls = 0

    def times_ten(x: int) -> int:
        nonlocal calls
        calls += 1
        return x * 10

    made: Iterable[int] = (
        [times_ten(x) for x in range(1, 5)] if eager else (times_ten(x) for x in range(1, 5))
    )
    before = calls
    total = sum(made)
    return before, calls, total


def word_lengths(words: list[str]) -> dict[str, int]:
    return {word: len(word) for word in words}


def inverted(mapping: dict[str, int]) -> dict[int, str]:
    return {v: k for k, v in mapping.items()}


def unique_lengths(words: list[str]) -> set[int]:
    return {len(word) for word in words}


def sorted_map(mapping: dict[str, int] | dict[int, str]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(mapping.items()))


def chain_sum(n: int) -> int:
    """The timed kernel as a generator expression, the comprehension the lecture pairs with it."""
    return sum(sq for sq in (x * x for x in range(n)) if sq % 3 == 0)


def loop_sum(n: int) -> int:
    total = 0
    x = 0
    while x < n:
        sq = x * x
        if sq % 3 == 0:
            total += sq
        x += 1
    return total


def median_time(kernel: Callable[[], int]) -> tuple[int, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    return demo_report.median_seconds(5, kernel)


def demo(report: Report, size: int | None) -> None:
    report.say("The lecture's comprehensions:")
    report.result("squares", squares())
    report.result("evens", evens())
    report.result("names", ", ".join(names(users())))
    report.result("pairs", pairs())
    report.result("flat", flat([[1, 2], [], [3]]))
    report.result("filter, map", filter_then_map([1, 2, 3, 4, 5]))
    before, after, total = calls_around(eager=False)
    report.result("calls before sum", before)
    report.result("calls after sum", f"{after} (sum {total})")

    report.say("\nDict and set comprehensions (sorted for printing):")
    report.contrast(
        "word_lengths",
        sorted_map(word_lengths(["hello", "naïve", "hi"])),
        "comprehensions/len-bytes",
    )
    report.result("inverted", sorted_map(inverted({"a": 1, "b": 2})))
    report.result("unique_lengths", sorted(unique_lengths(["a", "bb", "cc", "d"])))

    report.say("\nThe table's rows where the two sides part:")
    empty: list[int] = []
    report.contrast("max of nothing", outcome(lambda: max(empty)), "table/min-max-option")
    report.contrast(
        "reduce nothing",
        outcome(lambda: reduce(lambda a, b: a + b, empty)),
        "table/reduce-fold",
    )
    report.result("fold nothing from 0", reduce(lambda a, b: a + b, empty, 0))
    report.result("next or default", next(iter(empty), -1))
    report.result("zip stops short", list(zip([1, 2, 3], "ab", strict=False)))

    n = size if size is not None else 300_000
    report.say(f"\nTimed: the sum of the squares below {n} that 3 divides (median of 5)")
    total, seconds = median_time(lambda: chain_sum(n))
    report.timed("chain_sum", total, seconds)
    total, seconds = median_time(lambda: loop_sum(n))
    report.timed("loop_sum", total, seconds)


if __name__ == "__main__":
    options = parse_args(
        "comprehensions",
        "list, dict and set comprehensions against iterator chains; a timed kernel",
    )
    demo(Report("comprehensions", json_lines=options.json), options.size)
