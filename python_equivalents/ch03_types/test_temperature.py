"""The lecture's exercise on the Python side."""

import pytest

from ch03_types.temperature import line


def test_the_twin_prints_the_lecture_lines() -> None:
    assert [line(c) for c in [0.0, 20.0, 35.0]] == [
        "0.0°C = 32.0°F — cold",
        "20.0°C = 68.0°F — mild",
        "35.0°C = 95.0°F — hot",
    ]


def test_a_for_loop_over_a_list_needs_no_range() -> None:
    seen: list[str] = []
    for c in [0.0, 20.0, 35.0]:
        seen.append(type(c).__name__)
    assert seen == ["float", "float", "float"]


def test_an_if_statement_has_no_value_but_a_conditional_expression_does() -> None:
    with pytest.raises(SyntaxError, match="invalid syntax"):
        compile('label = if t < 50: "cold"', "<lecture>", "exec")
    labels = ["cold" if t < 50 else "not cold" for t in [32.0, 68.0]]
    assert labels == ["cold", "not cold"]
