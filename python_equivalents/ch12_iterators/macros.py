"""Decorators where Rust has macros: the twin of ``src/bin/macros.rs``."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from demo_report import Report, parse_args

P = ParamSpec("P")
R = TypeVar("R")


def log_calls(func: Callable[P, R]) -> Callable[P, R]:
    """The lecture's decorator: announce the call, then make it."""

    @wraps(func)
    def announced(*args: P.args, **kwargs: P.kwargs) -> R:
        print("Calling", func.__name__)
        return func(*args, **kwargs)

    return announced


@log_calls
def process(data: str) -> str:
    return data.upper()


def joined(*parts: object) -> str:
    """A Python function may take any number of arguments (``*args``); a Rust function may not."""
    return " ".join(str(part) for part in parts)


def variadic_formats() -> list[str]:
    return ["none", joined(1), joined(1, "two"), joined(1, "two", 3.5)]


def failed_assertion(check: Callable[[], None]) -> str:
    """What a failing ``assert`` statement carries: plain CPython keeps no source text."""
    try:
        check()
    except AssertionError as error:
        return f"AssertionError: {error!s}".rstrip(": ")
    return "no failure"


def assert_eq_failing() -> None:
    total = 2 + 2
    assert total == 5


def assert_failing() -> None:
    value = -1
    assert value > 0


def todo() -> str:
    try:
        raise NotImplementedError
    except NotImplementedError as error:
        return type(error).__name__


def demo(report: Report) -> None:
    report.say("A decorator (its print goes to stdout first):")
    # Under --json stdout holds JSON only: call the undecorated function, kept by @wraps.
    processed = process.__wrapped__("data") if report.json_lines else process("data")  # type: ignore[attr-defined]
    report.result('process("data")', processed)
    report.say("\nA Python function takes any number of arguments with *args:")
    report.result("format! arities", " | ".join(variadic_formats()))
    report.say("\nA dict from keyword arguments, the Python the lecture's hashmap! stands for:")
    scores = dict(Grace=97, Bob=85, Linus=78)
    report.result("scores", ", ".join(sorted(f"{k}: {v}" for k, v in scores.items())))
    report.say("\nWhat a failing assert says (no source, no values, on plain CPython):")
    report.contrast(
        "assert_eq! failing", failed_assertion(assert_eq_failing), "macros/assert-eq-source"
    )
    report.contrast("assert! failing", failed_assertion(assert_failing), "macros/assert-eq-source")
    report.contrast("todo! reached", todo(), "macros/todo-panics")
    report.say("\nThe nearest thing to dbg!: the = specifier of an f-string.")
    x = 1
    report.say(f"  {x * 2 = }")
    report.result("dbg! returns its value", x * 2)


if __name__ == "__main__":
    options = parse_args("macros", "log_call! against a decorator, the built-in macros, hashmap!")
    demo(Report("macros", json_lines=options.json))
