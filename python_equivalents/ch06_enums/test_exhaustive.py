"""Python's ``match`` without a default case, on CPython."""

import warnings

from ch06_enums.exhaustive import (
    Color,
    color_hex,
    describe,
    describe_by_ranges,
    describe_forgetting_the_default,
)


def test_describe_42_without_a_default_returns_none_silently() -> None:
    # No default case: 42 matches nothing, and neither Python nor a warning filter complains.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert describe_forgetting_the_default(42) is None
    assert describe_forgetting_the_default(0) == "zero"


def test_with_a_default_case_42_is_other() -> None:
    assert describe(42) == "other"


def test_guards_stand_in_for_range_patterns() -> None:
    assert describe_by_ranges(-(2**31)) == "negative"
    assert describe_by_ranges(7) == "other"


def test_enum_members_are_matched_by_dotted_name() -> None:
    assert [color_hex(c) for c in Color] == ["#ff0000", "#00ff00", "#0000ff"]
