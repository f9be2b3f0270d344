//! Arrays and slices. An array's length is part of its type and it cannot grow (tests/ui/arrays/);
//! a slice `&data[a..b]` is a view into the same memory, where Python's `data[a:b]` copies. Out
//! of range, Python's slicing clamps and its indexing raises `IndexError`; Rust's `[]` panics for
//! both, and `get` returns `None` instead.

use textbook_report::{Report, rejected};

use crate::json;

/// The lecture's fixed array and its `[0; 10]`.
pub fn numbers() -> [i32; 5] {
    [1, 2, 3, 4, 5]
}

pub fn zeros() -> [i32; 10] {
    [0; 10]
}

/// `&numbers[1..4]`, and whether it points into `numbers` itself (a view, not a copy).
pub fn middle_is_a_view(numbers: &[i32; 5]) -> (Vec<i32>, bool) {
    let slice: &[i32] = &numbers[1..4];
    let same_memory = std::ptr::eq(slice.as_ptr(), &numbers[1]);
    (slice.to_vec(), same_memory)
}

/// The lecture's four slicings of `data`: first three, last two (twice), reversed.
pub fn slicings(data: &[i32]) -> [Vec<i32>; 4] {
    let first_three = &data[..3];
    let last_two = &data[3..];
    let last_two_by_len = &data[data.len() - 2..];
    let reversed: Vec<i32> = data.iter().rev().copied().collect();
    [
        first_three.to_vec(),
        last_two.to_vec(),
        last_two_by_len.to_vec(),
        reversed,
    ]
}

/// `data[i]` with an index only known at run time: in bounds a value, out of bounds a panic.
pub fn index(data: &[i32], i: usize) -> i32 {
    data[i]
}

/// `&data[a..b]` past the end panics; Python's `data[a:b]` would clamp.
pub fn slice(data: &[i32], a: usize, b: usize) -> Vec<i32> {
    data[a..b].to_vec()
}

/// The clamping slice of Python, spelled out: both ends cut to the length first.
pub fn clamped_slice(data: &[i32], a: usize, b: usize) -> Vec<i32> {
    let end = b.min(data.len());
    data[a.min(end)..end].to_vec()
}

pub fn demo(report: &Report) {
    report.say("A fixed array, and one value repeated:");
    report.result("numbers", json(numbers()));
    report.result("zeros", json(zeros()));
    report.say("\nWhat a Python list does and an array cannot (rustc's words, tests/ui/arrays/):");
    report.contrast(
        "append",
        rejected(include_str!("../tests/ui/arrays/push-on-an-array.stderr")),
        "arrays/rust-array-fixed-size",
    );
    report.contrast(
        "mixed_types",
        rejected(include_str!(
            "../tests/ui/arrays/mixed-types-in-a-vec.stderr"
        )),
        "arrays/rust-vec-homogeneous",
    );

    report.say("\nA slice is a view into the array (same address), a Python slice a new list:");
    let (middle, same_memory) = middle_is_a_view(&numbers());
    report.result("middle", json(middle));
    report.contrast("middle_shares_memory", same_memory, "arrays/slice-view");

    let data = [10, 20, 30, 40, 50];
    let [first_three, last_two, last_two_by_len, reversed] = slicings(&data);
    report.result("first_three", json(first_three));
    report.result("last_two", json(last_two));
    report.result("last_two_by_len", json(last_two_by_len));
    report.result("reversed", json(reversed));
    report.contrast(
        "negative_index",
        rejected(include_str!("../tests/ui/arrays/negative-index.stderr")),
        "arrays/no-negative-index",
    );

    report.say(
        "\nOut of range: Python raises for an index and clamps a slice; Rust panics for both:",
    );
    report.contrast(
        "index_10",
        crate::outcome(|| index(&data, 10), json),
        "vec/index-out-of-range",
    );
    report.contrast(
        "slice_1_100",
        crate::outcome(|| slice(&data, 1, 100), json),
        "vec/slice-out-of-range",
    );
    report.contrast(
        "get_10",
        format!("{:?}", data.get(10)),
        "vec/table-get-default",
    );
    report.extra(
        "get_1_100",
        format!("{:?}", data.get(1..100)),
        "vec/slice-out-of-range",
        None,
    );
    report.result("clamped_1_100", json(clamped_slice(&data, 1, 100)));
    report.result("clamped_10_20", json(clamped_slice(&data, 10, 20)));
}
