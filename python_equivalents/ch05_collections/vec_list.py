"""Vec vs list: the twin of ``src/bin/vec_list.rs``.

The lecture's list operations with the value after each, then the table's rows where a list
raises (``pop`` of an empty list, ``remove`` of an absent value) and a Vec says ``None``.
"""

from __future__ import annotations

from demo_report import Report, as_json, outcome, parse_args


def operations() -> list[tuple[str, str]]:
    steps: list[tuple[str, str]] = []
    nums = [1, 2, 3]
    nums.append(4)
    steps.append(("push", as_json(nums)))
    nums.extend([5, 6])
    steps.append(("extend", as_json(nums)))
    nums.insert(0, 0)
    steps.append(("insert", as_json(nums)))
    last = nums.pop()
    steps.append(("pop", as_json(last)))
    steps.append(("after_pop", as_json(nums)))
    steps.append(("len", as_json(len(nums))))
    nums.sort()
    sorted_copy = sorted(nums)
    steps.append(("sorted_copy", as_json(sorted_copy)))
    nums.reverse()
    steps.append(("reverse", as_json(nums)))
    steps.append(("contains_3", as_json(3 in nums)))
    steps.append(("position_3", as_json(nums.index(3))))
    return steps


def get_or(items: list[int], i: int, default: int) -> int:
    """What the table's ``lst.get(i, default)`` means: lists have no ``get``."""
    return items[i] if 0 <= i < len(items) else default


def demo(report: Report) -> None:
    report.say("Creating:")
    report.result("numbers", as_json([1, 2, 3]))
    empty: list[int] = []
    report.result("empty", as_json(empty))
    report.result("repeated", as_json([0] * 10))
    report.result("from_range", as_json(list(range(1, 6))))
    report.contrast("empty_unannotated", as_json([]), "vec/new-needs-annotation")

    report.say("\nThe lecture's operations, the state after each:")
    for step, state in operations():
        if step in ("pop", "position_3"):
            report.contrast(step, state, "vec/rust-vec-ops")
        else:
            report.result(step, state)

    report.say("\nThe table's rows where the two differ:")
    report.contrast("pop_empty", outcome(lambda: [].pop()), "vec/table-pop")
    v = [1, 2, 3, 2]
    report.contrast("remove_value_2", outcome(lambda: v.remove(2)), "vec/table-remove-value")
    report.result("after_remove_value", as_json(v))
    report.contrast("remove_absent_9", outcome(lambda: v.remove(9)), "vec/table-remove-value")
    w = [x for x in [1, 2, 3, 2] if x != 2]
    report.result("remove_all_2", as_json(w))
    d = [10, 20, 30]
    report.result("remove_index_1", as_json(d.pop(1)))
    report.result("after_remove_index", as_json(d))
    report.result("sorted_copy_of", as_json(sorted([3, 1, 2])))
    report.result("get_or_default", get_or([10, 20, 30], 7, -1))
    report.result("slice_1_3", as_json([10, 20, 30, 40][1:3]))


if __name__ == "__main__":
    options = parse_args(
        "vec_list", "the lecture's Vec operations and each row of its quick-reference table"
    )
    demo(Report("vec_list", json_lines=options.json))
