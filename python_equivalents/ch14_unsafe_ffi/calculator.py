"""The lecture's calculator, the module its pytest file imports: the twin of
``src/bin/calculator.rs``."""

from demo_report import Report, outcome, parse_args


def add(a: int, b: int) -> int:
    return a + b


def divide(a: float, b: float) -> float:
    return a / b


def demo(report: Report) -> None:
    report.say("The functions under test:")
    report.result("add(2, 3)", add(2, 3))
    report.result("add(-1, 1)", add(-1, 1))
    report.result("divide(10, 2)", f"Ok({divide(10, 2)})")
    report.say("\nDivision by zero: Python raises ZeroDivisionError, this divide returns an Err:")
    report.contrast("divide(1, 0)", outcome(lambda: divide(1, 0)), "testing/divide-by-zero")
    report.say("\nThe parametrized cases of the lecture, one loop here (pytest names each):")
    for a, b, expected in [(1, 2, 3), (0, 0, 0), (-1, -1, -2), (100, 200, 300)]:
        report.result(f"add({a}, {b}) == {expected}", str(add(a, b) == expected).lower())


if __name__ == "__main__":
    options = parse_args("calculator", "the functions the lecture tests, and their cases")
    demo(Report("calculator", json_lines=options.json))
