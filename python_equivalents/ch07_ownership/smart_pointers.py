"""Smart pointers: the twin of ``src/bin/smart_pointers.rs``.

Every Python object is what Rust calls ``Rc<RefCell<T>>``: counted references, shared and
mutable, with no borrow checked at all. Reference counting frees what it can at once; the cycle
collector finds the cycles later. Threads share any object: no ``Arc`` to ask for.
"""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

import demo_report
from demo_report import Report, parse_args

DEFAULT_SIZE = 200_000
REPETITIONS = 5


@dataclass
class Cons:
    """The recursive list: a class may refer to itself, every field is a reference."""

    value: int
    tail: Cons | None


def move_a_box() -> str:
    """Python's int 42 already lives on the heap; a second name leaves it where it is."""
    boxed = int("42")
    address = id(boxed)
    moved = boxed
    del boxed
    return f"{moved} (moved box, same address: {str(id(moved) == address).lower()})"


def list_of(values: list[int]) -> Cons | None:
    head: Cons | None = None
    for v in reversed(values):
        head = Cons(v, head)
    return head


def total(node: Cons | None) -> int:
    return 0 if node is None else node.value + total(node.tail)


class TrackedList(list[int]):
    """A list that can carry a weakref, so that its freeing can be observed."""


def three_names() -> tuple[int, bool]:
    """The lecture's three handles: three names for one list, counted by CPython."""
    shared = TrackedList([1, 2, 3])
    base = sys.getrefcount(shared)
    clone1 = shared
    clone2 = shared
    owners = 1 + sys.getrefcount(shared) - base
    return owners, clone1 is shared and clone2 is shared


def release_the_names() -> str:
    shared = TrackedList([1, 2, 3])
    freed: list[bool] = []
    weakref.finalize(shared, freed.append, True)
    base = sys.getrefcount(shared)
    clone1 = shared
    clone2 = shared
    steps = [str(1 + sys.getrefcount(shared) - base)]
    del clone1, clone2
    steps.append(str(1 + sys.getrefcount(shared) - base))
    del shared
    if freed:
        steps.append("freed")
    return " → ".join(steps)


class Node:
    def __init__(self, name: str, events: list[str]) -> None:
        self.name = name
        self.next: Node | None = None
        self.back: Node | weakref.ref[Node] | None = None
        weakref.finalize(self, events.append, f"freed {name}")


def pair_after_its_owners_go(back: Literal["strong", "weak"], events: list[str]) -> None:
    """``a → b → a``, the back link strong or weak; then both names go."""
    a, b = Node("a", events), Node("b", events)
    b.back = a if back == "strong" else weakref.ref(a)
    a.next = b
    del a, b


def census(events: list[str]) -> str:
    freed = [n for n in ("a", "b") if f"freed {n}" in events]
    alive = [n for n in ("a", "b") if n not in freed]
    return f"alive: {', '.join(alive) or '-'} | freed: {', '.join(freed) or '-'}"


@contextmanager
def collector_paused() -> Iterator[None]:
    """With the collector running, whether a cycle survives its `del` would depend on what else
    was allocated: paused, the answer is exact. ``gc.collect()`` still works while paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def sums_in_threads(threads: int) -> list[int]:
    data = [1, 2, 3]
    sums = [0] * threads

    def work(i: int) -> None:
        sums[i] = sum(data)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sums


def two_writers() -> str:
    value = [42]
    first = value
    second = value
    first[0] += 1
    second[0] += 1
    return f"no check: both names wrote, {value[0]}"


def shared_and_mutable() -> str:
    a = [1, 2, 3]
    b = a
    b.append(4)
    return str(a)


def length(v: list[int]) -> int:
    return len(v)


def pass_the_list(n: int) -> int:
    """``n`` calls handing ``length`` the list: CPython counts the reference in and out of each."""
    the_list = [1, 2, 3]
    return sum(length(the_list) for _ in range(n))


def median_seconds(work: Callable[[], int]) -> tuple[int, float]:
    return demo_report.median_seconds(REPETITIONS, work)


def run(report: Report, size: int) -> None:
    report.say("Every object is on the heap already; a class may contain itself:")
    report.result("boxed", move_a_box())
    report.result("recursive_list", total(list_of([1, 2, 3])))
    report.contrast("list_without_box", "accepted: every field is a reference", "smart/box-uses")

    report.say("\nThree names for one list: CPython counts them.")
    owners, same = three_names()
    report.result("rc_owners", f"{owners} owners of one list: {str(same).lower()}")
    report.result("rc_release", release_the_names())

    report.say("\nA cycle a → b → a, once both names are gone (collector paused):")
    with collector_paused():
        events: list[str] = []
        pair_after_its_owners_go("strong", events)
        report.result("cycle_after_owners_go", census(events))
        report.say("The cycle collector finds it when it runs (here, because we ask):")
        gc.collect()
        report.contrast("cycle_collected", census(events), "smart/rc-cycles")
        report.say("A weakref back link: reference counting frees both at once.")
        events = []
        pair_after_its_owners_go("weak", events)
        report.result("weak_back_link", census(events))

    report.say("\nThreads share any object; nothing to wrap it in:")
    report.result("arc_sums", sums_in_threads(4))
    report.contrast("rc_to_thread", "accepted: any object may go to a thread", "smart/rc-not-send")

    report.say("\nMutation needs no permission, and two writers are never checked:")
    cell = [42]
    cell[0] = 99
    report.result("refcell_set", cell[0])
    value = [42]
    reader1, reader2 = value, value
    report.result("refcell_two_readers", f"{reader1[0]} {reader2[0]}")
    report.contrast("refcell_two_writers", two_writers(), "smart/refcell-runtime")
    report.result("rc_refcell_alias", shared_and_mutable())

    report.say(f"\nHanding a function the list {size} times (median of {REPETITIONS} runs):")
    result, seconds = median_seconds(lambda: pass_the_list(size))
    report.timed("pass_counted_handle", result, seconds)


if __name__ == "__main__":
    options = parse_args(
        "smart_pointers",
        "Python's model: counted, shared, mutable; cycles and the collector; SIZE = calls timed",
    )
    run(Report("smart_pointers", json_lines=options.json), options.size or DEFAULT_SIZE)
