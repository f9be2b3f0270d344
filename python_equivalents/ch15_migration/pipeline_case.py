"""Case study: the twin of ``src/bin/pipeline_case.rs``, the lecture's slow Python function."""

import csv
import io
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from functools import partial
from typing import TextIO, TypedDict

import demo_report
from demo_report import Report, outcome, parse_args


def categorize(merchant: str) -> str:
    """The lecture leaves Python's ~50 rules out; these are the Rust side's four."""
    if "amazon" in merchant:
        return "shopping"
    if "uber" in merchant or "lyft" in merchant:
        return "transport"
    if "starbucks" in merchant:
        return "food"
    return "other"


class Transaction(TypedDict):
    """One result row: the lecture returns plain dicts with these four keys."""

    amount_cents: int
    date: str
    category: str
    merchant: str


def _transaction(row: dict[str, str]) -> Transaction:
    # The lecture's checks and conversions, in its order: a negative amount stops the whole file,
    # and `categorize` sees the merchant before it is stripped and lower-cased.
    amount = Decimal(row["amount"])
    if amount < 0:
        raise ValueError(f"Negative amount: {amount}")
    merchant = row["merchant"]
    return {
        "amount_cents": int(amount * 100),
        "date": datetime.strptime(row["date"], "%Y-%m-%d").isoformat(),
        "category": categorize(merchant),
        "merchant": merchant.strip().lower(),
    }


def validate_and_transform_file(f: TextIO) -> list[Transaction]:
    """The lecture's validate-and-transform step, row by row, on an open file."""
    return [_transaction(row) for row in csv.DictReader(f)]


def validate_and_transform(filepath: str) -> list[Transaction]:
    with open(filepath) as f:
        return validate_and_transform_file(f)


def process_text(text: str) -> list[Transaction]:
    return validate_and_transform_file(io.StringIO(text))


SAMPLE = (
    "amount,date,merchant\n12.34,2024-01-15, Amazon Market \n"
    "-5.00,2024-01-16,UBER trip\n3,2024-13-45,Starbucks\n"
)
FIRST_ROW = "\n".join(SAMPLE.splitlines()[:2]) + "\n"


def show(rows: list[Transaction]) -> str:
    return "; ".join(
        f"({r['amount_cents']}, {r['date']}, {r['category']}, {r['merchant']})" for r in rows
    )


def generated_rows(n: int) -> str:
    """``n`` well-formed rows (no negative amount, real dates), the text the Rust side builds."""
    merchants = [" Amazon Market ", "UBER trip", "Starbucks", "corner shop", "lyft"]
    lines = ["amount,date,merchant"]
    for i in range(n):
        lines.append(
            f"{i % 10_000}.{i % 100:02},2024-{1 + i % 12:02}-{1 + i % 28:02},"
            f"{merchants[i % len(merchants)]}"
        )
    return "\n".join(lines) + "\n"


def summary(rows: list[Transaction]) -> str:
    cents = sum(row["amount_cents"] for row in rows)
    return f"{len(rows)} rows, {cents} cents"


def checked_summary(rows: list[Transaction]) -> str:
    """Rows, cents, shopping rows and characters of date: what the Rust same-work run prints."""
    shopping = sum(1 for row in rows if row["category"] == "shopping")
    date_chars = sum(len(row["date"]) for row in rows)
    return f"{summary(rows)}, {shopping} shopping, {date_chars} date chars"


def result_bytes_per_row(n: int) -> float:
    """Bytes the result list of ``n`` generated rows holds, per row, as tracemalloc counts them:
    the list's slot, the dict, and the str and int objects only that row holds (the four category
    strings and the keys are shared)."""
    text = generated_rows(n)
    process_text(generated_rows(10))  # strptime's caches, built once, are not the rows' memory
    tracemalloc.start()
    try:
        rows = process_text(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return held / len(rows)


def as_text(stage: Callable[[], int]) -> str:
    return str(stage())


def median_time(kernel: Callable[[], str]) -> tuple[str, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    return demo_report.median_seconds(5, kernel)


def demo(report: Report, rows: int | None) -> None:
    report.say("The categorize rules, on both sides:")
    for merchant in ["amazon market", "Amazon Market", "lyft", "starbucks reserve", "corner shop"]:
        report.result(f'categorize("{merchant}")', categorize(merchant))
    report.say("\nOne row: the date comes back with a time, and the rules see the raw merchant:")
    report.contrast("first_row", show(process_text(FIRST_ROW)), "case/not-the-same-function")
    report.say("The three rows: the negative amount raises (a 13th month would too):")
    report.contrast(
        "three_rows", outcome(lambda: show(process_text(SAMPLE))), "case/not-the-same-function"
    )
    report.say(
        "\nWhat one result row holds (tracemalloc, on 2 000 generated rows), and 15 million:"
    )
    size = round(result_bytes_per_row(2_000))
    report.contrast("row_bytes", size, "case/memory-200mb")
    report.contrast("results_mb", size * 15, "case/memory-200mb")
    n = rows if rows is not None else 2_000
    text = generated_rows(n)
    report.say(f"\nTimed: the row loop on {n} generated rows (median of 5)")
    result, seconds = median_time(lambda: summary(process_text(text)))
    report.timed("row_loop", result, seconds)
    # The profile's split, which only the Python side has: each stage of the loop alone.
    parsed = list(csv.DictReader(io.StringIO(text)))
    stages: list[tuple[str, Callable[[], int]]] = [
        ("csv_only", lambda: len(list(csv.DictReader(io.StringIO(text))))),
        ("amounts_only", lambda: sum(int(Decimal(r["amount"]) * 100) for r in parsed)),
        (
            "dates_only",
            lambda: len([datetime.strptime(r["date"], "%Y-%m-%d").isoformat() for r in parsed]),
        ),
        ("rules_only", lambda: len([categorize(r["merchant"]) for r in parsed])),
    ]
    for case, stage in stages:
        value, stage_seconds = median_time(partial(as_text, stage))
        report.extra(case, value, "case/hotspot", stage_seconds)


if __name__ == "__main__":
    options = parse_args("pipeline_case", "the case study's row loop, without PyO3")
    demo(Report("pipeline_case", json_lines=options.json), options.size)
