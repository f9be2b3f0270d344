"""Type conversions: Python's constructor calls. The twin of ``src/bin/from_into.rs``."""

import struct
from dataclasses import dataclass
from typing import Self

from demo_report import Report, outcome, parse_args


@dataclass(frozen=True)
class Celsius:
    temp: float

    @classmethod
    def from_fahrenheit(cls, fahrenheit: float) -> Self:
        """The alternative constructor a Python class offers where Rust writes ``From``."""
        return cls((fahrenheit - 32.0) * 5.0 / 9.0)


def narrow(n: int) -> int:
    """An int packed into 32 bits and read back: Python's checked narrowing (struct refuses what
    does not fit, as TryFrom does)."""
    (narrowed,) = struct.unpack("<i", struct.pack("<i", n))
    return int(narrowed)


def widen(n: int) -> int:
    """A 32-bit field read back as a Python int: widening, with nothing to lose."""
    return int.from_bytes(n.to_bytes(4, "little", signed=True), "little", signed=True)


def as_byte(n: int) -> int:
    """An int as one byte: ``bytes`` refuses 300 where Rust's ``300 as u8`` wraps to 44."""
    return bytes([n])[0]


def demo(report: Report) -> None:
    report.say("A conversion as a class method, called twice (Python has no Into to call):")
    report.result("celsius_from", f"{Celsius.from_fahrenheit(212.0).temp:.1f}")
    report.result("fahrenheit_into", f"{Celsius.from_fahrenheit(212.0).temp:.1f}")
    report.say("\nText and numbers, by constructor calls:")
    # A str literal already is the string: Python has no &str → String step to take.
    report.result("string_from", "hello")
    report.result("widen_i32", widen(42))
    report.result("parse_i32", outcome(lambda: int("42")))
    report.result("list_from_tuple", list((1, 2, 3)))
    report.say("\nOne int type; 32 bits only where asked for (struct checks the value):")
    # Python checks the value, Rust the type: 42 fits in 32 bits, so struct takes it.
    report.contrast("i64_into_i32", narrow(42), "from-into/no-from-i64-for-i32")
    report.result("narrow_fits", narrow(42))
    report.contrast(
        "narrow_overflows", outcome(lambda: narrow(2**63 - 1)), "from-into/no-from-i64-for-i32"
    )
    report.say(
        "\nNo width to wrap to: a byte of 300 is refused; int() truncates a float, as `as` does:"
    )
    report.contrast("as_u8_of_300", outcome(lambda: as_byte(300)), "intro/rust-uses-from-into")
    report.result("truncate_3_99", int(3.99))


if __name__ == "__main__":
    options = parse_args(
        "from_into", "From and Into: one conversion, written once, called both ways"
    )
    demo(Report("from_into", json_lines=options.json))
