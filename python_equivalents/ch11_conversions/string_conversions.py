"""String conversion patterns and the quick reference, in Python. The twin of
``src/bin/string_conversions.rs``."""

import json
import re

from demo_report import Report, outcome, parse_args

INT_TEXTS = ["42", "+42", " 42 ", "4_2", "٤٢"]
FLOAT_TEXTS = ["3.14", "inf", "nan", ".5", " 3.14", "1_000.5"]


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


class Plain:
    """A class with neither __str__ nor __repr__ of its own."""


def two_places(x: float) -> str:
    return f"{x:.2f}"


def parse_int(text: str) -> str:
    return outcome(lambda: int(text)).replace("ValueError: ", "error: ", 1)


def parse_float(text: str) -> str:
    return outcome(lambda: float(text)).replace("ValueError: ", "error: ", 1)


def dict_from_pairs(pairs: list[tuple[str, int]]) -> str:
    """``dict(pairs)``, shown sorted by key as the Rust side shows its HashMap."""
    return ", ".join(f"{k}={v}" for k, v in sorted(dict(pairs).items()))


def str_of_plain() -> str:
    """``str()`` of an object with no __str__: object.__repr__, its module and address blanked
    (they depend on how the file was started and where the object landed)."""
    return re.sub(
        r"^<[\w.]*\.|0x[0-9a-f]+", lambda m: "<" if m[0][0] == "<" else "0x…", str(Plain())
    )


def demo(report: Report) -> None:
    report.say("Number → str:")
    report.result("to_string_42", str(42))
    for x in [3.14, 2.675, 0.125, 2.5]:
        report.result(f"two_places_{x}", two_places(x))
    report.say("\nstr → number (int() and float() accept more):")
    for text in INT_TEXTS:
        case = f"parse_int {json.dumps(text, ensure_ascii=False)}"
        if text in ("42", "+42"):
            report.result(case, parse_int(text))
        else:
            report.contrast(case, parse_int(text), "strings/parse-like-int")
    for text in FLOAT_TEXTS:
        case = f"parse_float {json.dumps(text, ensure_ascii=False)}"
        if text in (" 3.14", "1_000.5", "nan"):
            report.contrast(case, parse_float(text), "strings/parse-like-float")
        else:
            report.result(case, parse_float(text))
    report.say("\nA class of our own, through __str__:")
    report.contrast("point_display", Point(1.0, 2.0), "strings/point-display")
    report.say("\nThe quick reference:")
    report.result("dict_from_pairs", dict_from_pairs([("a", 1), ("b", 2), ("a", 3)]))
    report.contrast("str_of_plain_struct", str_of_plain(), "ref/str-needs-display")
    report.contrast("bool_of_int", bool(3), "ref/bool-no-equivalent")


if __name__ == "__main__":
    options = parse_args("string_conversions", "string conversion patterns and the quick reference")
    demo(Report("string_conversions", json_lines=options.json))
