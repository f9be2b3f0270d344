"""Decorator → higher-order function. Ledger: ``decorator/*``."""

from ch15_migration.timed_wrapper import slow_function, timed_with, took, without_wraps


def test_the_decorated_function_returns_its_value_and_prints_its_name() -> None:
    lines: list[str] = []
    decorated = timed_with(lines.append)(slow_function)
    assert decorated() == 42
    assert len(lines) == 1
    assert lines[0].startswith("slow_function took ")
    assert lines[0].endswith("s")


def test_functools_wraps_keeps_the_wrapped_functions_name() -> None:
    assert timed_with(print)(slow_function).__name__ == "slow_function"
    assert without_wraps(slow_function).__name__ == "wrapper"


def test_the_f_string_always_prints_seconds() -> None:
    assert took("f", 1.0) == "f took 1.0000s"
    assert took("f", 0.005) == "f took 0.0050s"
    assert took("f", 0.000007) == "f took 0.0000s"
