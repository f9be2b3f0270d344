"""Move semantics against reference counting: the twin of ``src/bin/copy_move.rs``.

Python never copies on assignment: ``y = x`` shares the object, an int as much as a list. Copies
are asked for, and ``list(x)`` is a shallow one: the inner lists are still shared.
"""

from __future__ import annotations

import copy

from demo_report import Report, parse_args


def copy_an_integer() -> str:
    x = 42
    y = x
    return f"{x} {y}"


def one_object() -> bool:
    x = 42
    y = x
    return y is x


def small_ints_are_cached() -> tuple[bool, bool]:
    """Two ints made at run time from the same text: one object for 256, two for 257."""
    return int("256") is int("256"), int("257") is int("257")


def copied_str_is_the_same_object() -> bool:
    s1 = "hello"
    return copy.deepcopy(s1) is s1 and copy.copy(s1) is s1


def change_a_shallow_copy() -> list[list[int]]:
    original = [[1], [2]]
    shallow = list(original)
    shallow[0].append(9)
    return original


def change_a_deep_copy() -> list[list[int]]:
    original = [[1], [2]]
    deep = copy.deepcopy(original)
    deep[0].append(9)
    return original


def remove_duplicates(items: list[int]) -> list[int]:
    """The lecture's function: a new list of first occurrences, in order; the input is untouched.

    ``dict`` keeps insertion order (a language guarantee since 3.7), so ``fromkeys`` is the
    idiomatic ordered dedupe.
    """
    return list(dict.fromkeys(items))


def remove_duplicates_in_place(items: list[int]) -> None:
    """The lecture's "if it modified the input": nothing stops it, and every alias sees it."""
    items[:] = remove_duplicates(items)


def demo(report: Report) -> None:
    report.say("`y = x` on an int: both names work (they share one immutable object).")
    report.result("copy_int", copy_an_integer())
    report.contrast("one_object", f"same object: {one_object()}", "moves/python-immutables-shared")
    cached, not_cached = small_ints_are_cached()
    report.extra(
        "small_int_cache",
        f"int('256') is int('256'): {cached}; 257: {not_cached}",
        "moves/small-int-cache",
    )

    s1 = "hello"
    s2 = s1
    report.say("\n`s2 = s1` on a str: s1 still works, it is the same object.")
    report.contrast("print_s1_after_move", s1, "moves/string-moves")
    report.result("clone_string", f"{s1} {s2}")
    report.contrast(
        "clone_is_a_copy",
        f"a new buffer: {not copied_str_is_the_same_object()}",
        "moves/clone-deep-copy",
    )

    report.say("\nCopying nested lists, then changing the copy's first inner list:")
    report.contrast(
        "clone_nested_list",
        f"original {change_a_shallow_copy()}",
        "moves/clone-like-list-or-deepcopy",
    )
    report.result("deepcopy_nested_list", f"original {change_a_deep_copy()}")

    report.say("\nremove_duplicates through an alias leaves the original alone:")
    original = [1, 2, 2, 3, 3, 3]
    alias = original
    report.result("unique", remove_duplicates(alias))
    report.result("original_after", original)
    report.say("An in-place version changes it, through the alias, and nothing objects:")
    remove_duplicates_in_place(alias)
    report.contrast(
        "mutate_through_borrow", f"original {original}", "moves/shared-borrow-cannot-modify"
    )


if __name__ == "__main__":
    options = parse_args(
        "copy_move",
        "shared ints and strs, shallow and deep copies, remove_duplicates through an alias",
    )
    demo(Report("copy_move", json_lines=options.json))
