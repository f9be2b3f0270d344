"""Decorator → higher-order function: the twin of ``src/bin/timed_wrapper.rs``."""

import functools
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from demo_report import Report, parse_args

P = ParamSpec("P")
R = TypeVar("R")


def took(name: str, elapsed: float) -> str:
    return f"{name} took {elapsed:.4f}s"


def timed_with(print_line: Callable[[str], None]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """The lecture's ``timed`` with the line handed to ``print_line``."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            start = time.perf_counter()
            result = func(*args, **kwargs)
            elapsed = time.perf_counter() - start
            print_line(took(func.__name__, elapsed))
            return result

        return wrapper

    return decorate


timed = timed_with(print)


def without_wraps(func: Callable[P, R]) -> Callable[P, R]:
    """The same decorator without ``functools.wraps``: the wrapper's own name shows through."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)

    return wrapper


def slow_function() -> int:
    """The lecture's slow_function, 20 ms instead of one second, returning 42 as Rust's does."""
    time.sleep(0.02)
    return 42


def demo(report: Report) -> None:
    report.say("The decorated function returns its value; the timing line goes to stdout:")
    decorated = timed_with(lambda line: report.say(f"  {line}"))(slow_function)
    report.result("result", decorated())
    report.say(
        "\nThe same durations, formatted the lecture's two ways (they agree on whole seconds):"
    )
    report.result("one_second", took("f", 1.0))
    report.contrast("five_ms", took("f", 0.005), "decorator/format-units")
    report.contrast("seven_us", took("f", 0.000007), "decorator/format-units")


if __name__ == "__main__":
    options = parse_args("timed_wrapper", "a timing decorator becomes a function taking a closure")
    demo(Report("timed_wrapper", json_lines=options.json))
