"""The case study's Python function. Ledger: ``case/*``."""

from decimal import Decimal

import pytest

from ch15_migration.pipeline_case import (
    FIRST_ROW,
    SAMPLE,
    categorize,
    checked_summary,
    generated_rows,
    process_text,
    result_bytes_per_row,
)


def test_the_function_returns_an_iso_datetime_and_categorizes_the_raw_merchant() -> None:
    assert process_text(FIRST_ROW) == [
        {
            "amount_cents": 1234,
            "date": "2024-01-15T00:00:00",
            "category": "other",
            "merchant": "amazon market",
        }
    ]
    assert categorize("amazon market") == "shopping"


def test_a_negative_amount_raises() -> None:
    with pytest.raises(ValueError, match=r"Negative amount: -5\.00"):
        process_text(SAMPLE)


def test_an_impossible_date_raises() -> None:
    with pytest.raises(ValueError, match=r"time data .2024-13-45. does not match format"):
        process_text("amount,date,merchant\n3,2024-13-45,Starbucks\n")


def test_int_of_a_decimal_truncates_fractions_of_a_cent() -> None:
    assert int(Decimal("1.005") * 100) == 100
    assert int(Decimal("-0.009") * 100) == 0


def test_fifteen_million_result_dicts_need_gigabytes() -> None:
    # Measured by tracemalloc on 5 000 rows: about 350 bytes a row on CPython 3.11 (a 184-byte
    # dict, two new str, an int, the list's slot), some 5.3 GB for 15 M rows, where the lecture
    # says 2 GB for this very function and 200 MB = 13 bytes a row for Rust's.
    per_row = result_bytes_per_row(5_000)
    assert 300 < per_row < 400
    assert 4_500_000_000 < per_row * 15_000_000 < 6_000_000_000


def test_the_function_checked_on_500_generated_rows() -> None:
    # The same line tests/case_study.rs asserts for the Rust same-work function.
    rows = process_text(generated_rows(500))
    assert checked_summary(rows) == "500 rows, 12499750 cents, 0 shopping, 9500 date chars"
