"""The code review exercise, Python side. Ledger: ``review/*``."""

from ch16_best_practices.code_review import get_name, get_name_as_written


def test_sentinel_hides_a_missing_name() -> None:
    assert get_name_as_written(["Alice", "Bob"], 5) == ""
    assert get_name_as_written(["Alice", "Bob"], -1) == ""


def test_optional_version_returns_none() -> None:
    assert get_name(["Alice", "Bob"], 0) == "Alice"
    assert get_name(["Alice", "Bob"], 5) is None
