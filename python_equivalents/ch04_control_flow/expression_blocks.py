"""Expression blocks: the twin of ``src/bin/expression_blocks.rs``.

Python's ``if`` and blocks are statements with no value; the conditional expression and ``match``
statements with guards are the nearest forms. A function without ``return`` gives None.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


def yes_no(condition: bool) -> str:
    return "yes" if condition else "no"


def block_value() -> int:
    """Python has no block with a value: the statements run, then a name holds the result."""
    x = 5
    y = 10
    value = x + y
    return value


def describe(temperature: int) -> str:
    """The lecture's guarded match, in Python 3.10's ``match``."""
    match temperature:
        case t if t > 100:
            return "boiling"
        case t if t > 50:
            return "hot"
        case t if t > 20:
            return "warm"
        case _:
            return "cold"


# mypy sees the missing return (typecheck/forgotten_return.py); here it is the behaviour shown.
def forgot_return(x: int, y: int) -> int:  # type: ignore[return]
    """The Python mistake that matches a misplaced semicolon: the value is computed, then lost."""
    x + y


def inner_tail_does_not_return() -> int:
    inner = 1
    return inner + 1


def tail_over_several_lines(words: list[str]) -> str:
    return " ".join(word.upper() for word in words)


def demo(report: Report) -> None:
    report.say("The conditional expression:")
    report.result("condition true", yes_no(True))
    report.result("condition false", yes_no(False))

    report.say("\nNo block values in Python; a forgotten return gives None:")
    report.result("block value", block_value())
    report.contrast("tail with a semicolon", repr(forgot_return(5, 10)), "expr/semicolon-rule")
    report.result("inner tail, then + 1", inner_tail_does_not_return())
    report.result("tail over four lines", tail_over_several_lines(["a", "tail", "expression"]))
    report.extra(
        "if statement as value",
        outcome(lambda: compile("result = if condition: 'yes'", "<lecture>", "exec")),
        "expr/python-statements",
    )

    report.say("\nmatch with guards (a statement here, so each arm returns):")
    for temperature in (150, 100, 75, 50, 30, 20, -5):
        report.result(f"describe({temperature})", describe(temperature))

    report.contrast(
        "the diagram's { 'yes' }",
        repr(yes_no(True)),
        "expr/diagram-quotes",
    )

    report.say("\nAn assignment is a statement in Python too; := is the expression form:")
    report.contrast(
        "let as a value",
        outcome(lambda: compile("x = (y = 5)", "<lecture>", "exec")),
        "expr/everything-an-expression",
    )


if __name__ == "__main__":
    options = parse_args("expression_blocks", "if, match and blocks as values; the semicolon rule")
    demo(Report("expression_blocks", json_lines=options.json))
