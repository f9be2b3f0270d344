"""The lecture's exercise, FizzBuzz with one match: the twin of ``src/bin/fizzbuzz.rs``."""

from __future__ import annotations

from demo_report import Report, parse_args


def fizzbuzz(n: int) -> str:
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


# mypy sees the fall-through (typecheck/match_no_default.py); here it is the behaviour shown.
def fizzbuzz_no_default(n: int) -> str | None:  # type: ignore[return]
    """The same match without ``case _``: nothing matches 7, and the function returns None."""
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"


def fizzbuzz_lines(last: int) -> list[str]:
    return [fizzbuzz(n) for n in range(1, last + 1)]


def demo(report: Report) -> None:
    report.say("FizzBuzz for 1 to 30, one match per number:")
    lines = fizzbuzz_lines(30)
    for start in range(0, len(lines), 15):
        chunk = lines[start : start + 15]
        report.result(f"{start + 1}..={start + len(chunk)}", " ".join(chunk))
    report.result("FizzBuzz count", lines.count("FizzBuzz"))

    report.say("\nThe same match without its `case _`:")
    report.contrast("no wildcard arm", f"7 gives {fizzbuzz_no_default(7)}", "match/exhaustive")


if __name__ == "__main__":
    options = parse_args("fizzbuzz", "the lecture's exercise: FizzBuzz with one match on a tuple")
    demo(Report("fizzbuzz", json_lines=options.json))
