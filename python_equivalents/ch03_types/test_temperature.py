"""The lecture's exercise on the Python side."""

from ch03_types.temperature import line


def test_the_twin_prints_the_lecture_lines() -> None:
    assert [line(c) for c in [0.0, 20.0, 35.0]] == [
        "0.0°C = 32.0°F — cold",
        "20.0°C = 68.0°F — mild",
        "35.0°C = 95.0°F — hot",
    ]


def test_a_for_loop_over_a_list_needs_no_range() -> None:
    seen = []
    for c in [0.0, 20.0, 35.0]:
        seen.append(type(c).__name__)
    assert seen == ["float", "float", "float"]
