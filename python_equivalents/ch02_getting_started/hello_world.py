"""Hello world, ``print`` and format specs, and the script's entry: the twin of
``src/bin/hello_world.rs``.

Most format specs mean the same in an f-string as in ``format!``; the demo shows the ones that
do not (a precision with no type, a whole float, a string's debug form).
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


def greeting() -> str:
    return "Hello, {}!".format("World")


def same_as_rust() -> list[tuple[str, str, str]]:
    """(case, spec, text) for the specs both languages spell and print alike."""
    name = "Pythonista"
    measure, answer, total = 12.3456, 42, 0.1 + 0.2
    return [
        ("inline_name", "{name}", f"Hello, {name}!"),
        ("default_alignment", "[{:6}|{:6}]", f"[{answer:6}|{'ab':6}]"),
        ("right_aligned", "{:>8}", f"[{'ab':>8}]"),
        ("centred_with_fill", "{:*^9}", f"[{'mid':*^9}]"),
        ("fixed_three_places", "{:.3f}", f"{measure:.3f}"),
        ("hex_with_prefix", "{:#x}", f"{255:#x}"),
        ("float_debug", "repr()", repr(1.0)),
        ("shortest_round_trip", "{} of 0.1 + 0.2", f"{total}"),
    ]


def precision_without_type() -> str:
    """``.2`` with no type means two significant digits in Python (Rust: two decimals)."""
    return f"{12.3456:.2}"


def whole_float_display() -> str:
    return f"{1.0}"


def string_debug() -> str:
    return repr("hi")


def format_with_a_missing_argument(template: str = "{} of {}") -> str:
    # Passed in, so that the checkers cannot see the literal: written inline, ruff (F524) and mypy
    # (typecheck/format_missing_argument.py) both flag the call before it runs.
    count = 1
    return template.format(count)


def rebindable_print() -> str:
    """``print`` is an ordinary name bound to a function object: it can even be rebound."""
    kind = type(print).__name__
    namespace: dict[str, object] = {}
    exec("print = len", namespace)
    return f"a function ({kind}); `print = len` is accepted: {namespace['print'] is len}"


def semicolons_are_separators() -> str:
    namespace: dict[str, int] = {}
    exec("a = 1; b = 2; total = a + b;", {}, namespace)
    return f"accepted, `a = 1; b = 2;` runs: total = {namespace['total']}"


def empty_list_needs_no_type() -> str:
    # Written as `items = []`, mypy asks for a type, as rustc does (typecheck/empty_list.py); the
    # interpreter never asks.
    items = eval("[]")
    return f"accepted at run time: {items!r}, element type never known, len {len(items)}"


def demo(report: Report) -> None:
    report.say("The lecture's program (`print` writes the line; here we keep it as a value):")
    report.result("hello", greeting())
    report.contrast("print_is", rebindable_print(), "hello/println-macro")
    report.contrast(
        "format_arguments", outcome(format_with_a_missing_argument), "hello/format-checked"
    )

    report.say("\nFormat specs that mean the same in both languages:")
    for case, _spec, text in same_as_rust():
        report.result(case, text)
    report.say("\n…and the ones that do not:")
    report.contrast("precision_no_type", precision_without_type(), "hello/format-precision")
    report.contrast("whole_float", whole_float_display(), "hello/float-display")
    report.contrast("string_debug", string_debug(), "hello/format-precision")

    report.say("\nThe differences the lecture lists, as CPython shows them:")
    report.contrast(
        "entry_point",
        f"no main needed: the module runs top to bottom, as __name__ == {__name__!r}",
        "hello/main-entry",
    )
    report.contrast("semicolons", semicolons_are_separators(), "hello/semicolons")
    report.contrast("types_known", empty_list_needs_no_type(), "hello/types-always-known")


if __name__ == "__main__":
    options = parse_args("hello_world", "Hello world, println! and its format strings, and main.")
    demo(Report("hello_world", json_lines=options.json))
