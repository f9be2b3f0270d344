"""The exercise in Python. Ledger: exercise/*."""

from ch11_conversions.temperature_library import boiling_line, kelvin, kelvin_from_celsius


def test_boiling_water_in_three_scales() -> None:
    assert boiling_line() == "100.00°C = 212.00°F = 373.15K"
    assert kelvin(-10.0) == "error: temperature below absolute zero"


def test_a_conversion_through_init_is_checked_but_nan_passes() -> None:
    assert kelvin_from_celsius(-300.0) == "error: temperature below absolute zero"
    assert kelvin(float("nan")) == "nanK"


def test_absolute_zero_in_celsius_is_zero_kelvin() -> None:
    # -273.15 + 273.15 is exactly 0.0 in binary floating point too: the check lets it in.
    assert kelvin_from_celsius(-273.15) == "0.00K"
    assert kelvin(0.0) == "0.00K"
