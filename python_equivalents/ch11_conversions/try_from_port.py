"""TryFrom's Python counterpart: an ``__init__`` that raises. The twin of
``src/bin/try_from_port.rs``."""

from collections.abc import Callable

from demo_report import Report, outcome, parse_args

# The lecture's TryFrom-section Python block, as printed; the tests run it.
LECTURE_BLOCK = """
# Python — fallible conversions raise exceptions
try:
    port = int("not_a_number")   # ValueError
except ValueError as e:
    print(f"Invalid: {e}")

# Custom validation in __init__
class Port:
    def __init__(self, value: int):
        if not (1 <= value <= 65535):
            raise ValueError(f"Invalid port: {value}")
        self.value = value

try:
    p = Port(99999)  # ValueError at runtime
except ValueError:
    pass
"""


class Port:
    def __init__(self, value: int) -> None:
        if not (1 <= value <= 65535):
            raise ValueError(f"Invalid port: {value}")
        self.value = value

    def __str__(self) -> str:
        return f"Port({self.value})"


def shown(call: Callable[[], object]) -> str:
    """A call's result, or ``error: <message>`` as the Rust side prints an Err."""
    text = outcome(call)
    return text.replace("ValueError: ", "error: ", 1)


def demo(report: Report) -> None:
    report.say("Parsing text that is not a number raises ValueError:")
    report.contrast(
        "parse_not_a_number", shown(lambda: int("not_a_number")), "try-from/python-raises"
    )
    report.say("\nThe lecture's Port, validated in __init__:")
    report.result("port_8080", shown(lambda: Port(8080)))
    report.contrast("port_0", shown(lambda: Port(0)), "try-from/port")
    report.say("\nThe upper bound is the __init__'s own check:")
    report.contrast("port_99999", shown(lambda: Port(99999)), "try-from/u16-does-the-upper-bound")
    report.contrast(
        "port_99999_literal", shown(lambda: Port(99999)), "try-from/u16-does-the-upper-bound"
    )
    report.say("\nText to int is int():")
    report.contrast("str_try_into_i32", shown(lambda: int("42")), "try-from/str-try-into")


if __name__ == "__main__":
    options = parse_args("try_from_port", "TryFrom: a conversion that can fail returns a Result")
    demo(Report("try_from_port", json_lines=options.json))
