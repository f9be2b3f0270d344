"""Understanding ownership: the twin of ``src/bin/ownership.rs``.

``b = a`` gives one list a second name; a change through either is seen through both. CPython
frees the list the moment its last reference goes (reference counting, no collector needed for
data without cycles): as deterministic as Rust's drop, though the language does not promise it.
"""

from __future__ import annotations

import sys
import weakref

from demo_report import Report, parse_args


class TrackedList(list[int]):
    """A list that can carry a weakref, so that its freeing can be observed."""


def alias_and_append() -> tuple[list[int], list[int]]:
    """The lecture's first block: two names, one list, one append."""
    a = [1, 2, 3]
    b = a
    b.append(4)
    return a, b


def print_b() -> str:
    a = [1, 2, 3]
    b = a
    return str(b)


def lifetime_of_the_list(events: list[str]) -> None:
    """The lecture's diagram: ``del a`` leaves the list to ``b``; ``del b`` frees it."""
    a = TrackedList([1, 2, 3])
    weakref.finalize(a, events.append, "freed the list")
    b = a
    del a
    events.append("del a")
    events.append(f"b still holds {b}")
    del b
    events.append("after del b")


def freed_when_the_last_owner_goes() -> str:
    events: list[str] = []
    lifetime_of_the_list(events)

    def at(event: str) -> int:
        return events.index(event)

    alive_after_first = at("freed the list") > at("del a")
    freed_by_last = at("freed the list") < at("after del b")
    return (
        f"alive after the first name goes: {str(alive_after_first).lower()}; "
        f"freed when the last goes: {str(freed_by_last).lower()}"
    )


def reference_counts() -> list[int]:
    """How many names refer to the list as they come and go: differences of ``sys.getrefcount``,
    whose absolute value also counts the call's own argument (a CPython detail)."""
    a = TrackedList([1, 2, 3])
    gone: list[bool] = []
    weakref.finalize(a, gone.append, True)
    base = sys.getrefcount(a)
    counts = [1]
    b = a
    counts.append(1 + sys.getrefcount(b) - base)
    del a
    counts.append(1 + sys.getrefcount(b) - base)
    del b
    counts.append(0 if gone else -1)
    return counts


def process(data: list[int]) -> None:
    """The lecture's ``process``: it changes the caller's list, which it received by reference."""
    data.append(42)


def process_and_look() -> str:
    my_list = [1, 2, 3]
    process(my_list)
    return str(my_list)


def reassign_after_alias() -> str:
    a = [1, 2, 3]
    b = a
    a = [9]
    return f"a = {a}, b = {b}"


def demo(report: Report) -> None:
    report.say("`b = a` names the same list twice; b prints it.")
    report.result("print_b", print_b())

    report.say("\nAfter `b.append(4)`, `a` shows the change: one list, two names.")
    a, _ = alias_and_append()
    report.contrast("print_a_after_move", str(a), "ownership/move-on-assignment")
    report.say("Rebinding `a` leaves `b` with the old list:")
    report.result("reassign_a", reassign_after_alias())

    report.say("\nWhen is the list freed? At the last `del`, by reference counting:")
    report.result("freed", freed_when_the_last_owner_goes())
    counts = " → ".join("freed" if c == 0 else str(c) for c in reference_counts())
    report.extra("refcounts", counts, "ownership/python-refcounts")

    report.say("\n`process` appends to the caller's list, which it shares:")
    report.result("process_returns", process_and_look())
    report.result("process_borrowed", process_and_look())
    report.say("And the caller can go on using it:")
    report.contrast("use_after_process", process_and_look(), "ownership/passing-moves")


if __name__ == "__main__":
    options = parse_args(
        "ownership",
        "two names, one list; freed by reference counting at the last del; process shares it",
    )
    demo(Report("ownership", json_lines=options.json))
