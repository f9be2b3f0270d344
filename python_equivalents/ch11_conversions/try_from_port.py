"""TryFrom's Python counterpart: an ``__init__`` that raises. The twin of
``src/bin/try_from_port.rs``."""

from collections.abc import Callable
from dataclasses import dataclass

from demo_report import Report, outcome, parse_args

# Every TCP port number but 0 (which asks the system to choose one).
PORT_NUMBERS = range(1, 65536)


def parse_or_report(text: str) -> int | None:
    """``int(text)``, or None after printing why not: the lecture's first try/except."""
    try:
        return int(text)
    except ValueError as error:
        print(f"Invalid: {error}")
        return None


@dataclass(frozen=True)
class Port:
    """Validated when made: a number outside 1..65535 raises ValueError, as TryFrom returns Err."""

    value: int

    def __post_init__(self) -> None:
        if self.value not in PORT_NUMBERS:
            raise ValueError(f"Invalid port: {self.value}")

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
