"""``match``, the walrus, ``while True``, ``for`` and popping a stack: the twin of
``src/bin/control_flow.rs``."""

from __future__ import annotations

import re

from demo_report import Report, parse_args


def describe(value: int) -> str:
    match value:
        case 1:
            return "one"
        case 2 | 3:
            return "two or three"
        case _:
            return "other"


def describe_without_wildcard(value: int) -> str | None:
    """The same `match` without `case _`: a value no case fits falls through, silently."""
    match value:
        case 1:
            return "one"
        case 2 | 3:
            return "two or three"
    return None


def show_leading_number(text: str) -> str:
    if m := re.match(r"\d+", text):
        return f"found {int(m.group())}"
    return "no number"


def first_power_of_two_above(limit: int) -> int:
    power = 1
    while True:
        if power > limit:
            return power
        power *= 2


def total(collection: list[int]) -> int:
    result = 0
    for item in collection:
        result += item
    return result


def loop_keeps_the_list() -> str:
    scores = [3, 5, 8]
    for _score in scores:
        pass
    return f"the list is still there: len {len(scores)}"


def drain_stack(stack: list[int]) -> list[int]:
    order = []
    while stack:
        order.append(stack.pop())
    return order


def demo(report: Report) -> None:
    report.say("`match` (3.10+): `|` joins patterns, `case _` is the wildcard:")
    report.result("match_values", ", ".join(describe(v) for v in range(1, 5)))
    report.contrast(
        "match_missing_case",
        f"accepted: 4 meets no case and gives {describe_without_wildcard(4)}",
        "flow/match-exhaustive",
    )

    report.say("\nThe walrus: test and bind in one step:")
    report.result("if_let_some", show_leading_number("42 apples"))
    report.result("if_let_none", show_leading_number("apples"))

    report.say("\n`while True` until `return`/`break`:")
    report.result("loop_break_value", first_power_of_two_above(1000))

    report.say("\n`for` never uses the list up:")
    collection = [1, 2, 3]
    report.result("for_iter_total", total(collection))
    report.contrast("for_consumes", loop_keeps_the_list(), "flow/for-iter")
    report.result("inclusive_range", list(range(1, 6)))

    report.say("\nPop until empty:")
    report.result("while_let_pop", drain_stack([1, 2, 3]))


if __name__ == "__main__":
    options = parse_args("control_flow", "match, if let, loop, for, while let.")
    demo(Report("control_flow", json_lines=options.json))
