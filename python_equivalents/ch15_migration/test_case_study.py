"""The case study's Python function. Ledger: ``case/*``."""

from decimal import Decimal

import pytest

from ch15_migration.pipeline_case import FIRST_ROW, SAMPLE, categorize, process_text, row_bytes


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
    row = process_text(FIRST_ROW)[0]
    # 396 bytes on CPython 3.11; the claim only needs it far above 200 MB / 15 M = 13 bytes.
    assert row_bytes(row) * 15_000_000 > 10 * 200_000_000
