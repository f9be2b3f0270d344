"""The lecture's exercise on the Python side: the twin of ``src/bin/temperature.rs``."""

from __future__ import annotations

from demo_report import Report, parse_args


def celsius_to_fahrenheit(c: float) -> float:
    return c * 9 / 5 + 32  # the ints become floats on their own; Rust wants 9.0, 5.0, 32.0


def classify(temp_f: float) -> str:
    if temp_f < 50:
        return "cold"
    if temp_f < 77:
        return "mild"
    return "hot"


def line(c: float) -> str:
    f = celsius_to_fahrenheit(c)
    return f"{c:.1f}°C = {f:.1f}°F — {classify(f)}"


def demo(report: Report) -> None:
    report.say("The lecture's three temperatures:")
    for c in [0.0, 20.0, 35.0]:
        report.result(f"celsius_{c:g}", line(c))


if __name__ == "__main__":
    options = parse_args("temperature", "the lecture's exercise: Celsius to Fahrenheit, classified")
    demo(Report("temperature", json_lines=options.json))
