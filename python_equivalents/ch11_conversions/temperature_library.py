"""The exercise in Python: conversions as class methods, validation in ``__init__``. The twin of
``src/bin/temperature_library.rs``."""

from demo_report import Report, parse_args


class BelowAbsoluteZeroError(ValueError):
    def __init__(self) -> None:
        super().__init__("temperature below absolute zero")


class Celsius:
    def __init__(self, value: float) -> None:
        self.value = value

    def __str__(self) -> str:
        return f"{self.value:.2f}°C"


class Fahrenheit:
    def __init__(self, value: float) -> None:
        self.value = value

    @classmethod
    def from_celsius(cls, c: Celsius) -> "Fahrenheit":
        return cls(c.value * 9.0 / 5.0 + 32.0)

    def __str__(self) -> str:
        return f"{self.value:.2f}°F"


class Kelvin:
    """Checked in ``__init__`` as the lecture's TryFrom checks (``value < 0.0``)."""

    def __init__(self, value: float) -> None:
        if value < 0.0:
            raise BelowAbsoluteZeroError
        self.value = value

    @classmethod
    def from_celsius(cls, c: Celsius) -> "Kelvin":
        # Python's conversion goes through __init__, so it is checked too.
        return cls(c.value + 273.15)

    def __str__(self) -> str:
        return f"{self.value:.2f}K"


def kelvin(value: float) -> str:
    try:
        return str(Kelvin(value))
    except BelowAbsoluteZeroError as e:
        return f"error: {e}"


def boiling_line() -> str:
    c = Celsius(100.0)
    return f"{c} = {Fahrenheit.from_celsius(c)} = {Kelvin.from_celsius(c)}"


def kelvin_from_celsius(value: float) -> str:
    try:
        return str(Kelvin.from_celsius(Celsius(value)))
    except BelowAbsoluteZeroError as e:
        return f"error: {e}"


def demo(report: Report) -> None:
    report.say("The exercise, in Python:")
    report.result("boiling", boiling_line())
    report.result("kelvin_minus_10", kelvin(-10.0))
    report.say("\nA conversion through __init__ is checked; NaN passes `< 0.0` here too:")
    report.contrast(
        "kelvin_from_minus_300_c",
        kelvin_from_celsius(-300.0),
        "exercise/negative-kelvin-possible",
    )
    report.contrast(
        "kelvin_try_from_nan", kelvin(float("nan")), "exercise/negative-kelvin-possible"
    )


if __name__ == "__main__":
    options = parse_args("temperature_library", "the exercise: Celsius, Fahrenheit and Kelvin")
    demo(Report("temperature_library", json_lines=options.json))
