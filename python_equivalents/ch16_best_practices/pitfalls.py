"""The four pitfalls, Python side: the twin of ``src/bin/pitfalls.rs``."""

from __future__ import annotations

from ch16_best_practices._timing import median_time
from demo_report import Report, parse_args


def push_while_iterating(items: list[int], limit: int) -> str:
    """Python lets the loop see its own appends: it stops only because we cap it."""
    for item in items:
        if item > 3:
            items.append(item * 2)
        if len(items) > limit:
            return f"still growing at {len(items)} items"
    return str(items)


def extend_with_doubled_large(items: list[int]) -> None:
    items.extend([x * 2 for x in items if x > 3])


def keep_small(items: list[int]) -> None:
    items[:] = [x for x in items if x <= 3]


def process(text: str) -> str:
    return f"Processed: {text}"


def squares_of_positive(data: list[int]) -> list[int]:
    return [x**2 for x in data if x > 0]


def bench_data(n: int) -> list[int]:
    """The timed input of pitfall 3: ``n`` numbers from -1000 to 1000, as on the Rust side."""
    return [i * 7 % 2001 - 1000 for i in range(n)]


def upper_words(text: str) -> list[str]:
    return [w.upper() for w in text.split()]


def demo(report: Report, size: int | None = None) -> None:
    report.say("Pitfall 1: Python lets a loop append to its own list (capped at 20 here):")
    report.contrast(
        "push_while_iterating",
        push_while_iterating([1, 2, 3, 4, 5], 20),
        "pitfalls/push-while-iterating",
    )
    items = [1, 2, 3, 4, 5]
    extend_with_doubled_large(items)
    report.result("collect_then_extend", items)
    items = [1, 2, 3, 4, 5]
    keep_small(items)
    report.result("retain", items)
    report.say("\nPitfall 2: one string type:")
    report.result("process", process("data.csv"))
    report.say("\nPitfall 3: the comprehension:")
    report.result("squares", squares_of_positive([-2, 3, 0, 4]))
    report.contrast(
        "square_of_50000", squares_of_positive([50_000]), "pitfalls/comprehension-no-runtime-errors"
    )
    data = bench_data(size if size is not None else 100_000)
    report.say(f"  timed, the comprehension over {len(data)} numbers (median of 5):")
    squares, seconds = median_time(lambda: squares_of_positive(data))
    report.timed("chain_squares", sum(squares), seconds)
    report.say("\nPitfall 4: the REPL's answer:")
    report.result("upper_words", ",".join(upper_words("hello world")))


if __name__ == "__main__":
    options = parse_args("pitfalls", "chapter 16, pitfalls")
    demo(Report("pitfalls", json_lines=options.json), options.size)
