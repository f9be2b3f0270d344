"""Functions and type signatures: the twin of ``src/bin/functions.rs``.

Default arguments, ``*args``, lambdas that capture, None for "no result", tuples for several
results, and a class whose methods all take the same ``self``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from demo_report import Report, outcome, parse_args


def greet(name: str, greeting: str = "Hello") -> str:
    return f"{greeting}, {name}!"


def build_greeting(name: str, greeting: str = "Hello", punctuation: str = "!") -> str:
    """The Rust builder's three options, as keyword arguments with defaults."""
    return f"{greeting}, {name}{punctuation}"


def flexible(*args: object, **kwargs: object) -> tuple[int, int]:
    """Takes anything; says how many positional and keyword arguments came."""
    return len(args), len(kwargs)


def sum_all(*numbers: int) -> int:
    return sum(numbers)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def double(x: int) -> int:
    return x * 2


def divide(a: float, b: float) -> float | None:
    """None for a zero divisor, where a bare ``a / b`` raises ZeroDivisionError."""
    if b == 0:
        return None
    return a / b


def min_max(numbers: list[int]) -> tuple[int, int]:
    return min(numbers), max(numbers)


def min_max_checked(numbers: list[int]) -> tuple[int, int] | None:
    return (min(numbers), max(numbers)) if numbers else None


class MyStruct:
    """The lecture's four methods: every one gets the same ``self`` and may change it."""

    def __init__(self) -> None:
        self.count = 0

    @classmethod
    def new(cls) -> MyStruct:
        return cls()

    def read_only(self) -> int:
        return self.count

    def modify(self) -> None:
        self.count += 1

    def consume(self) -> str:
        return f"consumed at {self.count}"

    def read_only_that_writes(self) -> int:
        """What a Rust ``&self`` method may not do (E0594): nothing stops it here."""
        self.count += 1
        return self.count


@dataclass(frozen=True)
class FrozenCounter:
    """The nearest Python comes to a ``&self`` method: a frozen dataclass refuses assignment."""

    count: int = 0

    def read_only(self) -> int:
        self.count += 1  # type: ignore[misc]
        return self.count


def demo(report: Report) -> None:
    report.say("A default argument, and keyword arguments instead of a builder:")
    report.result("greet(Alice, Hi)", greet("Alice", "Hi"))
    report.contrast("greet(Alice), default", greet("Alice"), "fn/no-default-arguments")
    report.result("Option: None", greet("Alice"))
    report.result("Option: Some(Hi)", greet("Alice", "Hi"))
    report.result("builder", build_greeting("Alice", greeting="Hi", punctuation="?"))

    report.say("\n*args:")
    report.result("sum_all(1, 2, 3)", sum_all(1, 2, 3))
    report.result("sum_all()", sum_all())
    report.extra("flexible(1, 2, a=3)", flexible(1, 2, a=3), "fn/python-star-args")

    report.say("\nFunctions as values (any callable, capturing or not):")
    report.result("apply(double, 5)", apply(double, 5))
    report.result("apply(x * 2, 5)", apply(lambda x: x * 2, 5))
    factor = 3
    report.contrast(
        "apply(x * factor, 5)", apply(lambda x: x * factor, 5), "fn/fn-pointer-vs-closure"
    )
    report.result("apply_any(x * factor, 5)", apply(lambda x: x * factor, 5))

    report.say('\nReturn values: None for "no result", a tuple for two results:')
    report.result("divide(7, 2)", divide(7, 2))
    report.result("divide(1, 0)", divide(1, 0))
    report.result("divide_early(1, 0)", divide(1, 0))
    report.contrast("1.0 / 0.0 unchecked", outcome(lambda: 1.0 / 0.0), "fn/float-division-by-zero")
    report.result("min_max([3, 1, 4, 1, 5])", min_max([3, 1, 4, 1, 5]))
    report.contrast("min_max([])", outcome(lambda: min_max([])), "fn/min-max-empty")
    report.result("min_max_checked([])", min_max_checked([]))

    report.say("\nMethods: new, and three methods with the same self:")
    thing = MyStruct.new()
    report.result("new().read_only()", thing.read_only())
    thing.modify()
    thing.modify()
    report.result("after modify() twice", thing.read_only())
    report.result("consume()", thing.consume())

    report.say("\nWhat Rust refuses, Python runs:")
    report.contrast(
        "assign in read_only",
        MyStruct.new().read_only_that_writes(),
        "methods/ref-self-read-only",
    )
    report.contrast("modify on a non-mut", after_modify(), "methods/mut-self")
    report.contrast("use after consume", after_consume(), "methods/self-moves")
    report.extra(
        "frozen dataclass",
        outcome(lambda: FrozenCounter().read_only()),
        "methods/python-self-mutable",
    )


def after_modify() -> int:
    thing = MyStruct.new()
    thing.modify()
    return thing.count


def after_consume() -> str:
    thing = MyStruct.new()
    summary = thing.consume()
    return f"{summary}, and still {thing.count}"


if __name__ == "__main__":
    options = parse_args("functions", "signatures, defaults, *args, closures, return values, self")
    demo(Report("functions", json_lines=options.json))
