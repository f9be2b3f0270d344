"""Pattern matching features: the twin of ``src/bin/patterns.rs``.

Alternatives and guards are spelt as in Rust. Python has no range pattern (a guard does it), and
binds a matched value with ``as`` where Rust writes ``@``.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


def size_class(value: int) -> str:
    match value:
        case 1 | 2 | 3:
            return "small"
        case int(n) if 4 <= n <= 9:
            return "medium"
        case _:
            return "large"


def size_with_value(value: int) -> str:
    match value:
        case (1 | 2 | 3) as n:
            return f"small ({n})"
        case int(n) if 4 <= n <= 9:
            return f"medium ({n})"
        case n:
            return f"large ({n})"


def temperature(t: int) -> str:
    match t:
        case t if t > 100:
            return "boiling"
        case t if t < 0:
            return "freezing"
        case t:
            return f"normal: {t}°"


def locate(point: tuple[int, tuple[int, int]]) -> str:
    match point:
        case (0, _):
            return "on y-axis"
        case (_, (0, _)):
            return "y=0"
        case (x, (y, z)):
            return f"x={x}, y={y}, z={z}"


BARE_NAME_CASES = """
def color_hex(c):
    match c:
        case Red:
            return "#ff0000"
        case Green:
            return "#00ff00"
"""


def compile_bare_name_cases() -> str:
    """Python's ``case Red:`` captures anything; followed by another case it does not compile."""
    compile(BARE_NAME_CASES, "<bare names>", "exec")
    return "compiled"


def demo(report: Report) -> None:
    report.say("Alternatives, and a guard where Rust has a range pattern:")
    for value in [2, 7, 0, 42]:
        report.result(f"size_class_{value}", size_class(value))
    report.result("binding_7", size_with_value(7))

    report.say("\nGuards:")
    for t in [105, -3, 37, 100]:
        report.result(f"temperature_{t}", temperature(t))

    report.say("\nNested destructuring, first matching case wins:")
    points = [(3, (4, 5)), (0, (9, 9)), (5, (0, 1)), (0, (0, 0))]
    for point in points:
        x, (y, z) = point
        report.result(f"locate_{x}_{y}_{z}", locate(point))

    report.say("\nA class member written as a bare name, `case Red:`:")
    report.contrast(
        "bare_variant_name", outcome(compile_bare_name_cases), "patterns/bare-name-is-a-binding"
    )


if __name__ == "__main__":
    options = parse_args(
        "patterns",
        "alternatives, ranges, guards, bindings and nested tuples in both languages' `match`",
    )
    demo(Report("patterns", json_lines=options.json))
