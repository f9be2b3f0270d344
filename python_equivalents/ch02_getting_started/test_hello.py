"""Hello world and format specs on the Python side: what ``print`` is, and where an f-string's
spec means something else than the same spec in Rust's ``format!``."""

from __future__ import annotations

import builtins

import pytest

from ch02_getting_started.hello_world import (
    format_with_a_missing_argument,
    precision_without_type,
    same_as_rust,
    semicolons_are_separators,
    string_debug,
    whole_float_display,
)


def test_print_is_a_builtin_function_object() -> None:
    assert callable(builtins.print)
    assert type(builtins.print).__name__ == "builtin_function_or_method"


def test_a_missing_format_argument_fails_only_when_the_line_runs() -> None:
    with pytest.raises(IndexError, match="Replacement index 1 out of range"):
        format_with_a_missing_argument()


def test_the_shared_specs_print_what_rust_prints() -> None:
    texts = {case: text for case, _spec, text in same_as_rust()}
    assert texts["default_alignment"] == "[    42|ab    ]"
    assert texts["centred_with_fill"] == "[***mid***]"
    assert texts["fixed_three_places"] == "12.346"
    assert texts["hex_with_prefix"] == "0xff"
    assert texts["shortest_round_trip"] == "0.30000000000000004"


def test_a_precision_without_a_type_counts_significant_digits() -> None:
    # `.2` with no type is the general format: two significant digits, and exponent notation
    # once the exponent reaches the precision.
    assert precision_without_type() == "1.2e+01"
    assert f"{12.3456:.2f}" == "12.35"  # the `f` type makes it Rust's meaning


def test_a_whole_float_keeps_its_point_and_a_string_repr_uses_single_quotes() -> None:
    assert whole_float_display() == "1.0"
    assert string_debug() == "'hi'"


def test_semicolons_separate_statements_on_one_line() -> None:
    assert semicolons_are_separators().endswith("total = 3")
