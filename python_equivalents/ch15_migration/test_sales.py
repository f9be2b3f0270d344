"""Iterator pipeline. Ledger: ``pipeline/*``."""

from pathlib import Path

import pytest

from ch15_migration.sales_pipeline import BAD_ROW, DISTINCT, TIED, analyze_sales, top_regions


def test_most_common_keeps_the_five_regions_with_most_sales_above_100() -> None:
    expected = [("polar", 6), ("west", 5), ("north", 4), ("south", 3), ("east", 2)]
    assert top_regions(DISTINCT) == expected


def test_analyze_sales_reads_the_file_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(DISTINCT)
    assert analyze_sales(str(path)) == top_regions(DISTINCT)


def test_analyze_sales_raises_on_a_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        analyze_sales("/nonexistent/ch15/sales.csv")


def test_most_common_orders_ties_by_first_seen() -> None:
    assert top_regions(TIED) == [("west", 1), ("east", 1)]
    assert top_regions(TIED.replace("west,200\neast,200", "east,200\nwest,200")) == [
        ("east", 1),
        ("west", 1),
    ]


def test_an_amount_that_is_not_a_number_raises_value_error() -> None:
    with pytest.raises(ValueError, match="could not convert string to float: 'n/a'"):
        top_regions(BAD_ROW)
