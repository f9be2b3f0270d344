//! What a pattern can say: alternatives (`1 | 2 | 3`, like Python's `case 1 | 2 | 3:`), ranges
//! (which Python's `match` does not have), guards (`if` after the pattern, as in Python), `@`
//! bindings (Python's `as`), and nested tuples taken apart in one go.

use textbook_report::{Report, rejected};

/// The lecture's first `match`: alternatives, then a range, then everything else (including 0
/// and the negative numbers, which the labels do not really fit).
// The lecture writes `1 | 2 | 3` to show alternatives; clippy would prefer the range `1..=3`.
#[allow(clippy::manual_range_patterns)]
pub fn size_class(value: i32) -> &'static str {
    match value {
        1 | 2 | 3 => "small",
        4..=9 => "medium",
        _ => "large",
    }
}

/// The same with `@`: the range is checked and the value bound in one pattern (Python writes
/// `case int(n) if 4 <= n <= 9:` or `case (4 | 5 | 6 | 7 | 8 | 9) as n:`).
pub fn size_with_value(value: i32) -> String {
    match value {
        n @ 1..=3 => format!("small ({n})"),
        n @ 4..=9 => format!("medium ({n})"),
        n => format!("large ({n})"),
    }
}

/// The lecture's guards. The last arm has none: guards do not count towards exhaustiveness, so
/// rustc needs an arm that takes whatever is left (exercises/guarded_temperature.rs).
pub fn temperature(t: i32) -> String {
    match t {
        t if t > 100 => "boiling".to_string(),
        t if t < 0 => "freezing".to_string(),
        t => format!("normal: {t}°"),
    }
}

/// The lecture's nested tuple. Arms are tried in order: the origin is "on y-axis".
pub fn locate(point: (i32, (i32, i32))) -> String {
    match point {
        (0, _) => "on y-axis".to_string(),
        (_, (0, _)) => "y=0".to_string(),
        (x, (y, z)) => format!("x={x}, y={y}, z={z}"),
    }
}

pub fn demo(report: &Report) {
    report.say("Alternatives and a range (Python has no range pattern; it needs a guard):");
    for value in [2, 7, 0, 42] {
        report.result(&format!("size_class_{value}"), size_class(value));
    }
    report.result("binding_7", size_with_value(7));

    report.say("\nGuards:");
    for t in [105, -3, 37, 100] {
        report.result(&format!("temperature_{t}"), temperature(t));
    }
    report.extra(
        "guards_only",
        rejected(include_str!("../exercises/guarded_temperature.stderr")),
        "exercise/guarded-temperature",
        None,
    );

    report.say("\nNested destructuring, first matching arm wins:");
    for point in [(3, (4, 5)), (0, (9, 9)), (5, (0, 1)), (0, (0, 0))] {
        let (x, (y, z)) = point;
        report.result(&format!("locate_{x}_{y}_{z}"), locate(point));
    }

    report.say("\nA variant written as a bare name, as in Python's `case Red:`:");
    report.contrast(
        "bare_variant_name",
        rejected(include_str!(
            "../tests/ui/patterns/variant-name-without-path.stderr"
        )),
        "patterns/bare-name-is-a-binding",
    );
}
