"""Alternatives, guards, bindings and sequence patterns in CPython's ``match``."""

import pytest

from ch06_enums.patterns import (
    compile_bare_name_cases,
    locate,
    size_class,
    size_with_value,
    temperature,
)


def test_alternatives_and_a_guard_sort_the_values() -> None:
    assert [size_class(v) for v in (1, 3, 4, 9, 10, 0, -7)] == [
        "small",
        "small",
        "medium",
        "medium",
        "large",
        "large",
        "large",
    ]


def test_as_binds_the_value_an_alternative_matched() -> None:
    assert size_with_value(2) == "small (2)"
    assert size_with_value(7) == "medium (7)"


def test_guards_are_tried_in_order() -> None:
    assert temperature(101) == "boiling"
    assert temperature(100) == "normal: 100°"
    assert temperature(-1) == "freezing"


def test_nested_tuples_are_taken_apart_and_the_first_case_wins() -> None:
    assert locate((3, (4, 5))) == "x=3, y=4, z=5"
    assert locate((0, (0, 0))) == "on y-axis"
    assert locate((5, (0, 1))) == "y=0"


def test_a_tuple_pattern_also_matches_a_list_but_not_a_string() -> None:
    def pair(value: object) -> object:
        match value:
            case (first, second):
                return (first, second)
            case _:
                return None

    assert pair([0, [1, 2]]) == (0, [1, 2])
    # "ab" is a sequence of two items, yet a sequence pattern never matches str, bytes or
    # bytearray (the language reference, "Sequence Patterns").
    assert pair("ab") is None
    assert pair(b"ab") is None
    assert pair(tuple("ab")) == ("a", "b")


def test_a_bare_name_case_captures_everything_and_blocks_the_next_case() -> None:
    with pytest.raises(SyntaxError, match="name capture 'Red' makes remaining patterns"):
        compile_bare_name_cases()


def test_a_bare_name_as_the_last_case_compiles_and_matches_anything() -> None:
    def color_hex(c: object) -> str:
        match c:
            case "red":
                return "#ff0000"
            case Green:  # noqa: N806 (a capture pattern, not a colour: binds whatever c is)
                return f"#00ff00 (Green is {Green!r})"

    assert color_hex("purple") == "#00ff00 (Green is 'purple')"
