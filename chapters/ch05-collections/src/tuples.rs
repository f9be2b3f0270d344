//! Tuples and destructuring. A Rust tuple is a fixed-size group of typed values, taken apart with
//! a `let` pattern exactly as Python unpacks; its fields are reached with `.0`, `.1` (a bracket
//! index is E0608, tests/ui/tuples/), and unlike Python's it is as mutable as its binding.

use textbook_report::{Report, rejected};

use crate::json;

/// The lecture's `point`, destructured; printed with `{}` as the lecture prints it.
pub fn unpack_point() -> String {
    let point: (f64, f64) = (3.0, 4.0);
    let (x, y) = point;
    format!("x={x}, y={y}")
}

/// The lecture's mixed-type `record`, taken apart by pattern and by dot-index.
pub fn record_fields() -> (&'static str, i32, bool) {
    let record: (&str, i32, bool) = ("Alice", 30, true);
    let (name, age, active) = record;
    // `.0` and the pattern agree; the tuple is `Copy`, so it is still usable after the `let`.
    assert_eq!((record.0, record.1, record.2), (name, age, active));
    record
}

/// The lecture's `min_max`: the smallest and largest item, as a pair. It unwraps, so an empty
/// slice panics, where Python's `min([])` raises `ValueError`.
pub fn min_max(data: &[i32]) -> (i32, i32) {
    (*data.iter().min().unwrap(), *data.iter().max().unwrap())
}

/// The version that says "nothing" for an empty slice instead of panicking.
pub fn checked_min_max(data: &[i32]) -> Option<(i32, i32)> {
    Some((*data.iter().min()?, *data.iter().max()?))
}

/// The lecture's struct with named fields, the Rust answer to `NamedTuple`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A tuple in a `mut` binding can have a field replaced; a Python tuple never can.
pub fn replace_first_field() -> (f64, f64) {
    let mut point = (3.0, 4.0);
    point.0 = 5.0;
    point
}

pub fn demo(report: &Report) {
    report.say("Destructuring is Python's unpacking; `{}` prints a whole f64 without its `.0`:");
    report.contrast("unpack_point", unpack_point(), "display/f64-whole-number");
    let (name, age, active) = record_fields();
    report.result("record_fields", json((name, age, active)));
    report.result("record_first", name);

    report.say("\nIndexing a tuple with brackets (rustc's words, from tests/ui/tuples/):");
    report.contrast(
        "record_bracket_index",
        rejected(include_str!(
            "../tests/ui/tuples/bracket-index-on-a-tuple.stderr"
        )),
        "tuples/rust-dot-index",
    );

    report.say("\nA named field instead of a position:");
    let p = Point { x: 3.0, y: 4.0 };
    report.result("named_access", json(p.x));

    report.say(
        "\nReplacing a field: a Rust tuple in a `mut` binding allows it, a Python tuple never:",
    );
    report.contrast(
        "replace_field",
        json(replace_first_field()),
        "tuples/immutability",
    );

    report.say("\nA tuple as a return value:");
    report.result("min_max", json(min_max(&[3, 1, 4, 1, 5])));
    report.contrast(
        "min_max_empty",
        crate::outcome(|| min_max(&[]), json),
        "tuples/min-max",
    );
    report.result("checked_min_max_empty", json(checked_min_max(&[])));
}
