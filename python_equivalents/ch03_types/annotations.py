"""Type annotations: the twin of ``src/bin/annotations.rs``.

The interpreter does not check hints: the lecture's wrong calls run, one to a wrong answer and
one to a TypeError. mypy reads the same hints and rejects both (typecheck/add_wrong_types.py).
"""

from __future__ import annotations

from demo_report import Report, as_json, outcome, parse_args


def add(a: int, b: int) -> int:
    return a + b


def find(key: str) -> int | None:
    return 42 if key else None


def first(items: list[int]) -> int | None:
    return items[0] if items else None


UserId = int
Mapping = dict[str, list[int]]


def demo(report: Report) -> None:
    report.say("The hints are not checked when the call runs:")
    report.result("add_ints", add(1, 2))
    report.contrast(
        "add_strs",
        repr(add("a", "b")),  # type: ignore[arg-type]
        "annotations/python-unenforced",
    )
    report.contrast(
        "add_int_str",
        outcome(lambda: add(1, "2")),  # type: ignore[arg-type]
        "annotations/python-unenforced",
    )

    report.say("\nOptional values and generics:")
    report.result("first_of_3_4", first([3, 4]))
    report.result("first_of_empty", first([]))
    report.result("find", find("key"))

    report.say("\nAliases are the same type under another name:")
    # The question each side asks its own runtime: is the alias the very type it names?
    report.result("alias_is_same_type", as_json(UserId is int))
    report.result("mapping_is_same_type", as_json(Mapping == dict[str, list[int]]))


if __name__ == "__main__":
    options = parse_args("annotations", "hints the interpreter ignores against enforced types")
    demo(Report("annotations", json_lines=options.json))
