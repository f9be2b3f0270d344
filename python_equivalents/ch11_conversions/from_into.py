"""Type conversions: Python's constructor calls. The twin of ``src/bin/from_into.rs``."""

from demo_report import Report, outcome, parse_args

# The lecture's first Python block, as printed; `lecture_conversions` runs it.
LECTURE_BLOCK = """
# Python — explicit constructors for conversion
x = int("42")           # str → int (can raise ValueError)
s = str(42)             # int → str
f = float("3.14")       # str → float
lst = list((1, 2, 3))   # tuple → list

# Custom conversion via __init__ or class methods
class Celsius:
    def __init__(self, temp: float):
        self.temp = temp

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Celsius":
        return cls((f - 32.0) * 5.0 / 9.0)

c = Celsius.from_fahrenheit(212.0)  # 100.0°C
"""


def lecture_conversions() -> dict[str, object]:
    """The names the lecture's block defines, after running it."""
    namespace: dict[str, object] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Python Type Conversion>", "exec"), namespace)
    return namespace


class Celsius:
    def __init__(self, temp: float) -> None:
        self.temp = temp

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Celsius":
        return cls((f - 32.0) * 5.0 / 9.0)


def demo(report: Report) -> None:
    report.say("A conversion as a class method, called twice (Python has no Into to call):")
    report.result("celsius_from", f"{Celsius.from_fahrenheit(212.0).temp:.1f}")
    report.result("fahrenheit_into", f"{Celsius.from_fahrenheit(212.0).temp:.1f}")
    report.say("\nText and numbers, by constructor calls:")
    report.result("string_from", "hello")
    report.result("widen_i32", 42)
    report.result("parse_i32", outcome(lambda: int("42")))
    report.result("list_from_tuple", list((1, 2, 3)))
    report.say("\nOne int type, nothing to narrow:")
    report.contrast("i64_into_i32", 42, "from-into/no-from-i64-for-i32")
    report.result("narrow_fits", 42)
    report.contrast("narrow_overflows", 2**63 - 1, "from-into/no-from-i64-for-i32")
    report.say("\nint() has no width to cut to; from a float it truncates, as `as` does:")
    report.contrast("as_u8_of_300", 300, "intro/rust-uses-from-into")
    report.result("truncate_3_99", int(3.99))


if __name__ == "__main__":
    options = parse_args(
        "from_into", "From and Into: one conversion, written once, called both ways"
    )
    demo(Report("from_into", json_lines=options.json))
