"""The lecture's exercise: the twin of ``src/bin/spot_the_errors.rs``.

The Python program runs as written: ``first`` names the str "Alice", which the append cannot
disturb, and passing ``names[0]`` shares the str. There is nothing to fix.
"""

from __future__ import annotations

from demo_report import Report, parse_args


def make_greeting(name: str) -> str:
    return f"Hello, {name}!"


def lecture_program() -> str:
    names = ["Alice", "Bob"]
    first = names[0]
    names.append("Charlie")
    line1 = f"First: {first}"
    greeting = make_greeting(names[0])
    return f"{line1} | {greeting}"


def demo(report: Report) -> None:
    report.say("The lecture's program, in Python, runs as it reads:")
    report.contrast("lecture_program", f"runs: {lecture_program()}", "exercise/three-errors")
    report.result("fixed_program", lecture_program())


if __name__ == "__main__":
    options = parse_args("spot_the_errors", "the lecture's exercise program, which Python runs")
    demo(Report("spot_the_errors", json_lines=options.json))
