"""Panics against exceptions: the twin of ``src/bin/panics.rs``.

Python has one mechanism where Rust has two: ``int("abc")`` raises the same ValueError whether
the caller meant to handle it or not.
"""

from __future__ import annotations

from demo_report import Report, parse_args


def raised(text: str) -> str:
    try:
        return str(int(text))
    except ValueError as e:
        return f"ValueError: {e}"


def parse_or_explain(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        raise ValueError(f"port must be a number: {e}") from e


def tenth(values: list[int]) -> int:
    return values[10]


def demo(report: Report) -> None:
    report.say(
        "`int()` raises ValueError; Rust's parse returns an Err that unwrap turns into a panic:"
    )
    report.contrast("unwrap_err", raised("abc"), "panics/unwrap-expect")
    try:
        expect = str(parse_or_explain("abc"))
    except ValueError as e:
        expect = f"ValueError: {e}"
    report.contrast("expect_err", expect, "panics/unwrap-expect")
    report.result("unwrap_ok", raised("42"))

    report.say("\nA function annotated `-> int` that raises anyway:")
    try:
        index = str(tenth([1, 2, 3]))
    except IndexError as e:
        index = f"IndexError: {e}"
    report.contrast("index_out_of_bounds", index, "diff/signature-shows-errors")


if __name__ == "__main__":
    options = parse_args("panics", "unwrap, expect and indexing: the failures no signature shows")
    demo(Report("panics", json_lines=options.json))
