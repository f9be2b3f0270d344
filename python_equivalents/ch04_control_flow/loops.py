"""Loops and iteration: the twin of ``src/bin/loops.rs``.

``range()`` against Rust's ranges, ``for``/``while``, the loop that stops at the first number,
comprehensions against iterator chains, and the same timed kernel on both sides.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator

import demo_report
from demo_report import Report, outcome, parse_args

# (Python spelling, Rust spelling, the values): the Rust side's table, row by row.
RANGE_TABLE: list[tuple[str, str, range | list[int]]] = [
    ("range(5)", "0..5", range(5)),
    ("range(1, 10)", "1..10", range(1, 10)),
    ("range(1, 11)", "1..=10", range(1, 11)),
    ("range(0, 10, 2)", "(0..10).step_by(2)", range(0, 10, 2)),
    ("range(10, 0)", "10..0", range(10, 0)),
    ("range(10, 0, -1)", "(1..=10).rev()", range(10, 0, -1)),
    ("range(10, 0, -2)", "(1..=10).rev().step_by(2)", range(10, 0, -2)),
    ("reversed(range(0, 11, 3))", "(0..11).step_by(3).rev()", list(reversed(range(0, 11, 3)))),
    ("range(10, -1, -3)", "(0..11).rev().step_by(3)", range(10, -1, -3)),
]


def enumerated(items: list[str]) -> list[str]:
    return [f"{i}: {item}" for i, item in enumerate(items)]


def map_lines(mapping: dict[str, int]) -> list[str]:
    """``for key, value in d.items()``: insertion order, guaranteed since Python 3.7."""
    return [f"{key} = {value}" for key, value in mapping.items()]


def orders_seen(count: int) -> list[str]:
    """The distinct orders in which ``count`` fresh copies of the lecture's dict list their items:
    always one, the insertion order."""
    return sorted({", ".join(map_lines({"x": 1, "y": 2})) for _ in range(count)})


def count_up(limit: int) -> list[int]:
    printed = []
    count = 0
    while count < limit:
        printed.append(count)
        count += 1
    return printed


def script(lines: list[str]) -> Callable[[], str | None]:
    """A ``get_input`` that hands out the lines of a script, then None."""
    remaining = iter(lines)
    return lambda: next(remaining, None)


def lines_until_quit(get_input: Callable[[], str | None]) -> int:
    """The lecture's ``while True`` that stops at "quit" (or when the script runs out)."""
    read = 0
    while True:
        data = get_input()
        if data is None:
            break
        read += 1
        if data == "quit":
            break
    return read


def lines_until_quit_on_stdin(text: str) -> int:
    """The same loop on real ``input()``, reading ``text`` as its stdin: ``input()`` strips each
    line's newline, so "quit" is seen (Rust's ``read_line`` keeps it, and reads on)."""
    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return lines_until_quit(input)
    finally:
        sys.stdin = saved


def first_number(get_input: Callable[[], str | None]) -> tuple[int | None, int]:
    """The first input that ``int()`` accepts, and how many were refused before it."""
    refused = 0
    while (text := get_input()) is not None:
        try:
            return int(text), refused
        except ValueError:
            refused += 1  # the lecture prints "Not a number, try again"
    return None, refused


def describe_first(found: tuple[int | None, int]) -> str:
    number, refused = found
    return f"{'no number' if number is None else number} after {refused} refused"


def first_pair_with_sum(xs: list[int], ys: list[int], target: int) -> tuple[int, int] | None:
    """Python has no labelled break: returning from inside both loops leaves them at once."""
    for x in xs:
        for y in ys:
            if x + y == target:
                return x, y
    return None


def sign_word(n: int) -> str:
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "positive"


def squares(n: int) -> list[int]:
    return [x**2 for x in range(n)]


def evens(n: int) -> list[int]:
    return [x for x in range(n) if x % 2 == 0]


def pairs(n: int) -> list[tuple[int, int]]:
    return [(x, y) for x in range(n) for y in range(n)]


def calls_before_consuming(n: int, *, lazy: bool) -> tuple[int, int]:
    """How often the element code has run before anything consumes the result, and after."""
    calls = 0

    def square(x: int) -> int:
        nonlocal calls
        calls += 1
        return x * x

    made: Iterator[int] | list[int] = (
        (square(x) for x in range(n)) if lazy else [square(x) for x in range(n)]
    )
    before = calls
    list(made)
    return before, calls


def sum_even_squares(n: int) -> int:
    """The timed kernel, as a generator expression: no list of n elements is built."""
    return sum(x * x for x in range(n) if x % 2 == 0)


def sum_even_squares_list(n: int) -> int:
    """The same with a list comprehension: every square is stored before the sum."""
    return sum([x * x for x in range(n) if x % 2 == 0])


def median_time(kernel: Callable[[], int]) -> tuple[int, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    return demo_report.median_seconds(5, kernel)


def demo(report: Report, size: int | None) -> None:
    report.say("Python's range() and Rust's ranges, row by row:")
    for python, rust, values in RANGE_TABLE:
        report.result(python, f"{rust:<26} {list(values)}")
    report.contrast("range(0, 10, 0)", outcome(lambda: range(0, 10, 0)), "loops/range-zero-step")

    report.say("\nfor over a list, with enumerate, and over a dict:")
    report.result("enumerate", ", ".join(enumerated(["a", "b", "c"])))
    report.contrast("orders in 64 maps", " | ".join(orders_seen(64)), "loops/hashmap-order")
    report.result("sorted order", ", ".join(map_lines(dict(sorted({"y": 2, "x": 1}.items())))))

    report.say("\nwhile, and while True (Python's endless loop):")
    report.result("while count < 5", count_up(5))
    report.result("until quit", lines_until_quit(script(["hello", "again", "quit", "never"])))
    report.contrast(
        "until quit, real lines",
        lines_until_quit_on_stdin("hello\nagain\nquit\nnever\n"),
        "loops/quit-loop",
    )
    typed = ["seven", "42\n"]
    report.contrast(
        "first number, raw",
        describe_first(first_number(script(typed))),
        "loops/parse-refuses-newline",
    )
    report.result(
        "first number, trimmed",
        describe_first(first_number(script([line.strip() for line in typed]))),
    )

    report.say("\nNo labels in Python: return from inside both loops:")
    report.result("pair adding up to 9", first_pair_with_sum([1, 2, 3], [5, 6, 7], 9))
    report.result("pair adding up to 99", first_pair_with_sum([1, 2, 3], [5, 6, 7], 99))
    report.result("sign_word(-3)", sign_word(-3))

    report.say("\nComprehensions give the same lists as the chains:")
    report.result("squares", squares(10))
    report.result("evens", evens(20))
    report.result("pairs", pairs(3))
    report.say("  (how often the element code has run before anything consumes the result)")
    report.result("lazy: chain / generator", calls_before_consuming(10, lazy=True)[0])
    report.contrast(
        "chain / list comprehension",
        calls_before_consuming(10, lazy=False)[0],
        "loops/lazy-vs-eager",
    )
    report.result("after consuming", calls_before_consuming(10, lazy=True)[1])

    n = size if size is not None else 200_000
    report.say(
        f"\nThe timed kernel: the sum of the squares of the even numbers below {n} (median of 5)"
    )
    total, seconds = median_time(lambda: sum_even_squares(n))
    report.timed("even_squares", total, seconds)
    total, seconds = median_time(lambda: sum_even_squares_list(n))
    report.extra("even_squares_list", total, "loops/iterators-efficient", seconds)


if __name__ == "__main__":
    options = parse_args(
        "loops", "ranges, for, while, loop with a value, comprehensions and iterator chains"
    )
    demo(Report("loops", json_lines=options.json), options.size)
