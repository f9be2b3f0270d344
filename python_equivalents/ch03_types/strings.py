"""String types: the twin of ``src/bin/strings.rs``.

Python has one immutable ``str`` of code points; Rust has the owned ``String`` and the borrowed
``&str``, both UTF-8 bytes. The operations the lecture pairs agree; lengths and slices do not.
"""

from __future__ import annotations

from demo_report import Report, as_json, outcome, parse_args


def greet(name: str) -> str:
    return f"Hello, {name}!"


def build_greeting(name: str) -> str:
    """Python builds a new str at each step: a str cannot grow in place."""
    greeting = "Hello, "
    greeting += name
    greeting += "!"
    return greeting


def paired_operations() -> list[tuple[str, object]]:
    name = "alice"
    upper = name.upper()
    contains = "lic" in name
    parts = "a,b,c".split(",")  # noqa: SIM905 (the lecture splits a string; that is the point)
    joined = "-".join(["a", "b", "c"])
    stripped = "  hello  ".strip()
    replaced = name.replace("a", "A")
    return [
        ("upper", upper),
        ("contains", contains),
        ("split", parts),
        ("join", joined),
        ("strip", stripped),
        ("replace", replaced),
    ]


def strip_is_a_copy(original: str) -> str:
    stripped = original.strip()
    return "the same object" if stripped is original else "a new str object (a copy)"


def grow_in_place() -> None:
    name = "Alice"
    name[5:] = "!"  # type: ignore[index]


def demo(report: Report) -> None:
    report.say("The operations the lecture pairs give the same answers:")
    for case, value in paired_operations():
        report.result(case, as_json(value))
    name = "Alice"
    report.result("push_str", build_greeting(name))
    report.result("chars", as_json(list(name)))
    report.result("upper_sharp_s", "straße".upper())

    report.say("\nOne str type, passed as it is:")
    report.result("greet_str", greet("world"))
    report.result("greet_string", greet("Rust"))
    report.contrast("grow_a_str", outcome(grow_in_place), "strings/str-is-a-view")
    report.contrast(
        "trim_shares_memory", strip_is_a_copy("  hello  "), "strings/trim-no-allocation"
    )

    report.say("\nA str is a sequence of code points:")
    cafe = "café"
    report.contrast("len_cafe", len(cafe), "strings/len-bytes")
    report.result("cafe_utf8_bytes", len(cafe.encode("utf-8")))
    report.result("cafe_code_points", len(cafe))
    report.contrast("index_cafe_0", cafe[0], "strings/no-integer-index")
    report.contrast("slice_cafe_0_4", cafe[0:4], "strings/char-boundary")
    report.result("slice_cafe_0_3", cafe[0:3])


if __name__ == "__main__":
    options = parse_args("strings", "one str of code points against String and &str of UTF-8")
    demo(Report("strings", json_lines=options.json))
