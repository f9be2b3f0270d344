"""Memory safety without a garbage collector: the twin of ``src/bin/ownership_tree.rs``.

CPython frees an object the moment its reference count reaches zero, so a tree without
back-pointers goes at once, as in Rust. The lecture's parent<->child cycle keeps both counts
above zero: only the cycle collector frees it, when it decides to run (or ``gc.collect()`` asks).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from demo_report import Report, parse_args

# How a child points back at its parent: not at all, with a strong reference (the lecture's code),
# or with a weakref, which does not keep the parent alive.
Link = Literal["none", "strong", "weak"]


class Node:
    """The lecture's node; ``__del__`` writes to ``log``, as the Rust ``Drop`` does."""

    def __init__(self, value: str, log: list[str]) -> None:
        self.value = value
        self.children: list[Node] = []
        self._parent: Node | weakref.ref[Node] | None = None
        self._log = log

    def add_child(self, child: Node, link: Link = "strong") -> None:
        self.children.append(child)
        if link == "strong":
            child._parent = self  # the lecture's back-pointer: now each node keeps the other alive
        elif link == "weak":
            child._parent = weakref.ref(self)

    @property
    def parent(self) -> Node | None:
        if isinstance(self._parent, weakref.ref):
            return self._parent()
        return self._parent

    def __del__(self) -> None:
        self._log.append(self.value)


def lecture_tree(log: list[str], link: Link) -> Node:
    root = Node("root", log)
    root.add_child(Node("child", log), link)
    return root


def wide_tree(log: list[str]) -> Node:
    """root -> [a -> [a1], b], with no back-pointers: the same shape as the Rust test's."""
    a = Node("a", log)
    a.add_child(Node("a1", log), "none")
    root = Node("root", log)
    root.add_child(a, "none")
    root.add_child(Node("b", log), "none")
    return root


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection is triggered by allocation counts, so with it running, whether a cycle
    is still there after ``del`` would depend on what else was allocated. Pausing it makes the
    answer exact; ``gc.collect()`` still works while it is paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def census(alive: list[str], freed: list[str]) -> str:
    """The line both languages print about a structure after its owners are gone."""
    return f"alive: {', '.join(alive) or '-'} | freed: {', '.join(freed) or '-'}"


def pair_after_del(link: Link, log: list[str]) -> list[weakref.ref[Node]]:
    """Builds the lecture's pair, deletes both names, and returns weakrefs to ``[root, child]``."""
    root = lecture_tree(log, link)
    child = root.children[0]
    handles = [weakref.ref(root), weakref.ref(child)]
    del root, child
    return handles


def alive(handles: list[weakref.ref[Node]]) -> list[str]:
    return [node.value for handle in handles if (node := handle()) is not None]


def tree_census(build: Callable[[list[str]], Node]) -> str:
    log: list[str] = []
    root = build(log)
    del root  # the only reference: the count drops to zero and the whole tree goes now
    return census([], log)


def demo(report: Report) -> None:
    report.say("A tree without back-pointers is freed as soon as its last reference goes:")
    report.result("owned_tree", tree_census(lambda log: lecture_tree(log, "none")))
    report.say(
        "In an order that is CPython's, not the language's: a list drops its items last first."
    )
    report.contrast("wide_tree_drop_order", tree_census(wide_tree), "memory/rust-tree-drop")

    report.say("\nThe lecture's add_child stores a strong reference to the parent:")
    log: list[str] = []
    root = lecture_tree(log, "strong")
    child = root.children[0]
    holds_parent = child.parent is root and child in root.children
    report.contrast(
        "borrowed_parent",
        "accepted: parent and child hold each other, a reference cycle"
        if holds_parent
        else "accepted: no back-pointer",
        "memory/python-cycle",
    )
    del root, child

    report.say("\nAfter `del`, reference counting cannot free the cycle (collector paused):")
    with collector_paused():
        log = []
        handles = pair_after_del("strong", log)
        report.result("parent_child_cycle", census(alive(handles), log))
        report.say("The cycle collector finds it, when it runs: here, because we ask.")
        gc.collect()
        report.contrast("after_collection", census(alive(handles), log), "memory/python-cycle")

        report.say("\nA weakref back-pointer keeps no one alive: the pair goes at `del`:")
        log = []
        handles = pair_after_del("weak", log)
        report.result("weak_parent", census(alive(handles), log))


if __name__ == "__main__":
    options = parse_args(
        "ownership_tree",
        "a tree freed by refcounting, a parent<->child cycle, the collector, the weakref fix",
    )
    demo(Report("ownership_tree", json_lines=options.json))
