"""Variables and mutability: the twin of ``src/bin/variables.rs``.

A Python name is a label that can be moved to any object of any type; a "constant" is a naming
convention. Rebinding a name lets go of the old object at once (reference counting), where Rust's
shadowed value lives to the end of its scope.
"""

from __future__ import annotations

from demo_report import Report, parse_args

MAX_SIZE = 1024  # a convention: nothing stops a later `MAX_SIZE = 999`


def declarations() -> tuple[int, str, list[int]]:
    """The lecture's Python block. Python has no immutable binding: one name plays the parts of
    Rust's `let count` and `let mut count`."""
    count = 0
    first, inferred = count, type(count).__name__
    before = count
    count = 5
    return first, inferred, [before, count]


def rebind_to_another_type() -> str:
    count: object = 0
    count = "hello"
    return f"accepted: count is now {count!r}"


def reassign_constant() -> str:
    global MAX_SIZE
    saved = MAX_SIZE
    MAX_SIZE = 999
    changed = MAX_SIZE
    MAX_SIZE = saved
    return f"accepted: MAX_SIZE became {changed}"


def shadowed_input() -> tuple[int, list[str]]:
    """The lecture's commented Python: the same name rebound, ``str`` then ``int``."""
    input_ = "42"
    first = type(input_).__name__
    number = int(input_)
    second = type(number).__name__
    number = number * 2
    return number, [first, second, type(number).__name__]


class Tracked:
    """Logs its own end, so a test can see when a rebound object is freed."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __del__(self) -> None:
        self.log.append(f"drop {self.name}")


def rebinding_timeline() -> list[str]:
    """The same steps as the Rust side's shadowing: here the first object goes at the rebinding
    (CPython frees it when its reference count drops to zero; the language promises no time)."""
    log: list[str] = []

    def scope() -> None:
        value = Tracked("first", log)
        log.append("shadow")
        value = Tracked("second", log)
        log.append("end of scope")
        del value

    scope()
    return log


def reference_outlives_rebinding() -> str:
    input_ = "42"
    view = input_
    number = int(input_)
    return f'old "{view}" still readable next to new {number}'


def block_scope() -> tuple[int, int]:
    """Python has no block scope: the name set inside the `if` is the function's own."""
    x = 5
    if x > 0:
        x = x * 2
        inner = x
    return inner, x


class Counter:
    """The lecture's counter."""

    def __init__(self) -> None:
        self.value = 0

    def increment(self) -> None:
        self.value += 1

    def get_value(self) -> int:
        return self.value


class SneakyCounter(Counter):
    """Nothing in a method's signature says whether it changes the object."""

    def get_value(self) -> int:
        self.value += 1
        return self.value


def counter_after_one_increment() -> int:
    c = Counter()
    c.increment()
    return c.get_value()


def getter_that_writes() -> str:
    c = SneakyCounter()
    c.increment()
    before = c.value
    c.get_value()
    return f"accepted: get_value() changed value from {before} to {c.value}"


def demo(report: Report) -> None:
    report.say("A name can be rebound to anything; a constant is a naming convention:")
    first, inferred, (before, after) = declarations()
    report.result("count_declarations", f"immutable {first}; mutable {before}, then {after}")
    report.contrast("count_inferred_type", inferred, "variables/inferred-i32")
    report.contrast(
        "assign_twice", f"accepted: count is now {after}", "variables/immutable-by-default"
    )
    report.contrast("change_type", rebind_to_another_type(), "variables/type-is-fixed")
    report.contrast("reassign_constant", reassign_constant(), "variables/const-enforced")

    report.say("\nRebinding: the same name, a new object:")
    number, types = shadowed_input()
    report.contrast(
        "shadowed_input", f"{number} (types {' → '.join(types)})", "variables/shadowing-chain"
    )
    report.contrast(
        "shadowed_value_lives",
        ", ".join(rebinding_timeline()),
        "variables/shadowed-value-lives",
    )
    report.result("old_value_by_reference", reference_outlives_rebinding())
    inner, outer = block_scope()
    report.contrast(
        "block_scope", f"inside {inner}, after the block {outer}", "variables/block-scope"
    )

    report.say("\nThe counter: any method may change it:")
    report.result("counter", counter_after_one_increment())
    report.contrast("getter_that_writes", getter_that_writes(), "variables/self-signatures")


if __name__ == "__main__":
    options = parse_args("variables", "names, rebinding, conventions for constants, the Counter")
    demo(Report("variables", json_lines=options.json))
