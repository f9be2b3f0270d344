"""Arrays and slices: the twin of ``src/bin/arrays_slices.rs``.

A list grows and holds anything; a slice of it is a new list; out of range, indexing raises
``IndexError`` while slicing quietly clamps.
"""

from __future__ import annotations

from demo_report import Report, as_json, outcome, parse_args

DATA = [10, 20, 30, 40, 50]


def middle_is_a_view(numbers: list[int]) -> tuple[list[int], bool]:
    """``numbers[1:4]``, and whether writing through it changes ``numbers`` (it does not)."""
    middle = numbers[1:4]
    copy_of_middle = list(middle)
    middle[0] = -1
    return copy_of_middle, numbers[1] == -1


def slicings(data: list[int]) -> list[list[int]]:
    return [data[:3], data[-2:], data[len(data) - 2 :], data[::-1]]


def demo(report: Report) -> None:
    report.say("A list, and one value repeated:")
    numbers = [1, 2, 3, 4, 5]
    report.result("numbers", as_json(numbers))
    report.result("zeros", as_json([0] * 10))
    report.say("\nWhat a list does and a Rust array cannot:")
    grown = list(numbers)
    grown.append(6)
    report.contrast("append", as_json(grown), "arrays/rust-array-fixed-size")
    report.contrast("mixed_types", as_json([1, "two", 3.0]), "arrays/rust-vec-homogeneous")

    report.say("\nA slice is a new list: writing to it leaves the original alone:")
    middle, same_memory = middle_is_a_view(numbers)
    report.result("middle", as_json(middle))
    report.contrast("middle_shares_memory", as_json(same_memory), "arrays/slice-view")

    first_three, last_two, last_two_by_len, reversed_data = slicings(DATA)
    report.result("first_three", as_json(first_three))
    report.result("last_two", as_json(last_two))
    report.result("last_two_by_len", as_json(last_two_by_len))
    report.result("reversed", as_json(reversed_data))
    report.contrast("negative_index", as_json(DATA[-1]), "arrays/no-negative-index")

    report.say("\nOut of range: indexing raises, slicing clamps, and lists have no get:")
    report.contrast("index_10", outcome(lambda: DATA[10], as_json), "vec/index-out-of-range")
    report.contrast("slice_1_100", as_json(DATA[1:100]), "vec/slice-out-of-range")
    report.contrast(
        "get_10",
        outcome(lambda: DATA.get(10)),  # type: ignore[attr-defined]
        "vec/table-get-default",
    )
    report.result("clamped_1_100", as_json(DATA[1:100]))
    report.result("clamped_10_20", as_json(DATA[10:20]))


if __name__ == "__main__":
    options = parse_args(
        "arrays_slices", "fixed arrays, slices that are views, and what happens out of range"
    )
    demo(Report("arrays_slices", json_lines=options.json))
