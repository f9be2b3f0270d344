"""Python's ``match`` without a default case, on CPython."""

import warnings

from ch06_enums.exhaustive import Color, color_hex, describe, describe_by_ranges, lecture_describe


def test_describe_42_without_a_default_returns_none_silently() -> None:
    # The lecture's block as printed: it even calls describe(42) itself, and nothing complains.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert lecture_describe(42) is None
    assert lecture_describe(0) == "zero"


def test_with_a_default_case_42_is_other() -> None:
    assert describe(42) == "other"


def test_guards_stand_in_for_range_patterns() -> None:
    assert describe_by_ranges(-(2**31)) == "negative"
    assert describe_by_ranges(7) == "other"


def test_enum_members_are_matched_by_dotted_name() -> None:
    assert [color_hex(c) for c in Color] == ["#ff0000", "#00ff00", "#0000ff"]
