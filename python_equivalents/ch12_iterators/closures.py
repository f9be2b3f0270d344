"""Closures against lambdas: the twin of ``src/bin/closures.rs``."""

from __future__ import annotations

from collections.abc import Callable

from demo_report import Report, outcome, parse_args


def make_adder(n: int) -> Callable[[int], int]:
    """The lecture's closure factory: ``adder`` reads ``n`` from the enclosing call."""

    def adder(x: int) -> int:
        return x + n

    return adder


def kept_n(adder: Callable[[int], int]) -> int:
    """What the closure keeps of the finished call: the cell holding ``n``."""
    cells = adder.__closure__ or ()
    value: int = cells[0].cell_contents
    return value


def doubled(numbers: list[int]) -> list[int]:
    return list(map(lambda x: x * 2, numbers))


def evens(numbers: list[int]) -> list[int]:
    return list(filter(lambda x: x % 2 == 0, numbers))


def syntax_rows() -> list[tuple[str, int]]:
    """The syntax table's Python column; the multi-line row needs a ``def``."""

    def twice_plus_one(x: int) -> int:
        y = x * 2
        return y + 1

    return [
        ("|x| x * 2, at 5", (lambda x: x * 2)(5)),
        ("|x, y| x + y, at 2, 3", (lambda x, y: x + y)(2, 3)),
        ("|| 42", (lambda: 42)()),
        ("|x| { let y = x * 2; y + 1 }, at 5", twice_plus_one(5)),
    ]


# Two one-line modules: the same lambda with an expression body, and with a loop for its body.
EXPRESSION_BODY = "last_digit = lambda n: n % 10"
STATEMENT_BODY = "digit_sum = lambda n: while n > 0: n //= 10"


def lambda_with_a_statement() -> str:
    """What Python says to a lambda whose body is a statement (a ``while`` loop)."""
    return outcome(lambda: compile(STATEMENT_BODY, "<lambda>", "exec"))


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def demo(report: Report) -> None:
    report.say("A lambda bound to a name, called like a function:")
    double: Callable[[int], int] = lambda x: x * 2  # noqa: E731 - the lecture's spelling
    report.result("double(5)", double(5))
    report.say("\nA function that returns a closure capturing its argument:")
    add_5 = make_adder(5)
    report.result("make_adder(5)(10)", add_5(10))
    report.contrast(
        "make_adder without move",
        f"no keyword needed: n lives on in the closure's cell ({kept_n(add_5)})",
        "closures/make-adder-needs-move",
    )
    report.say("\nLambdas handed to map and filter:")
    numbers = [1, 2, 3, 4, 5]
    report.result("doubled", doubled(numbers))
    report.result("evens", evens(numbers))
    report.say("\nThe syntax table, each row called:")
    for row, value in syntax_rows():
        report.result(row, value)
    report.say("\nA body of statements, loop included: a def, since a lambda refuses it:")
    report.result("digit_sum(1234)", digit_sum(1234))
    report.contrast("statements in the body", lambda_with_a_statement(), "closures/multi-line")


if __name__ == "__main__":
    options = parse_args("closures", "closures against lambdas: syntax, make_adder, map and filter")
    demo(Report("closures", json_lines=options.json))
