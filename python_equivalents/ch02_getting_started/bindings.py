"""Names, mutability and references: the twin of ``src/bin/bindings.rs``.

Python has one kind of binding: a name for an object, rebindable at will. What Rust splits into
``let``, ``let mut``, ``const``, ``static``, ``&``, ``&mut`` and moves is, here, conventions and
what the objects themselves allow.
"""

from __future__ import annotations

import threading

from demo_report import Report, parse_args

MAX_SIZE = 1024  # upper case is a convention; `typing.Final` makes it one mypy checks
VERSION = "1.0"


def count_up(times: int) -> int:
    count = 0
    for _ in range(times):
        count += 1
    return count


def rebind_name() -> str:
    name = "Alice"
    name = "Bob"
    return f"accepted: name is now {name!r}"


def rebind_constant() -> str:
    namespace: dict[str, int] = {"MAX_SIZE": MAX_SIZE}
    exec("MAX_SIZE = 2048", {}, namespace)
    return f"accepted: MAX_SIZE is now {namespace['MAX_SIZE']}"


def rebind_global() -> str:
    global VERSION  # rebinding the module's global is the point
    before = VERSION
    VERSION = "2.0"
    after = VERSION
    VERSION = before
    return f"accepted with `global`: VERSION became {after!r}"


def print_name(name: str) -> str:
    return f"name: {name} ({len(name.encode())} bytes)"


def append(items: list[int]) -> None:
    items.append(4)


def change_through_any_reference() -> str:
    """A function receives the caller's object itself; nothing marks it read-only."""
    items = [1, 2, 3]

    def only_reads(seen: list[int]) -> None:
        seen.append(99)  # the signature promised nothing, and nothing stops it

    only_reads(items)
    return f"changed anyway: {items}"


def two_names_one_object() -> str:
    s1 = "hello"
    s2 = s1
    return f"both usable: {s1} {s2}, one object: {s1 is s2}"


def hand_over() -> str:
    s1 = "hello"
    s2 = s1
    return s2


def length_in_a_thread(text: str) -> int:
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(len(text)))
    worker.start()
    worker.join()
    return result[0]


def demo(report: Report) -> None:
    report.say("A name can be bound again; there is no `mut`:")
    report.contrast("let_assign_twice", rebind_name(), "bindings/let-immutable")
    report.result("mut_count", count_up(1))

    report.say("\nUPPER_CASE and module globals are conventions the interpreter does not enforce:")
    report.result("const_value", MAX_SIZE)
    report.contrast("const_assign", rebind_constant(), "bindings/const-enforced")
    report.result("static_value", VERSION)
    report.contrast("static_assign", rebind_global(), "bindings/static-global")

    report.say("\nEvery argument is a reference to the caller's object:")
    report.result("borrow", print_name("Alice"))
    items = [1, 2, 3]
    append(items)
    report.result("mutable_borrow", items)
    report.contrast("change_through_shared", change_through_any_reference(), "bindings/mut-borrow")

    report.say("\nAssignment never moves: it adds a name for the same object:")
    report.contrast("use_after_move", two_names_one_object(), "bindings/move")
    report.result("new_owner", hand_over())
    a = 5
    b = a
    report.result("copy_integers", f"{a} {b}")
    report.result("move_closure", length_in_a_thread("hello"))


if __name__ == "__main__":
    options = parse_args("bindings", "let, mut, const, static, borrows and moves.")
    demo(Report("bindings", json_lines=options.json))
