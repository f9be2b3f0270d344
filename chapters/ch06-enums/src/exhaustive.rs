//! Exhaustive matching. Python's `match` falls through in silence when no case fits (the
//! function then returns `None`); a Rust `match` must cover every value of its type, or it does
//! not compile (E0004, tests/ui/exhaustive/).

use textbook_report::{Report, rejected};

/// The lecture's `describe`, with the catch-all arm that an `i32` needs.
pub fn describe(value: i32) -> &'static str {
    match value {
        0 => "zero",
        1 => "one",
        _ => "other",
    }
}

/// The same without `_`: ranges that cover every other `i32` are just as exhaustive, so the
/// wildcard is one way to finish the match, not a requirement.
pub fn describe_by_ranges(value: i32) -> &'static str {
    match value {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 => "one",
        2..=i32::MAX => "other",
    }
}

/// The lecture's colours: three variants, three arms, no wildcard needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    Green,
    Blue,
}

pub fn color_hex(colour: Color) -> &'static str {
    match colour {
        Color::Red => "#ff0000",
        Color::Green => "#00ff00",
        Color::Blue => "#0000ff",
    }
}

pub fn demo(report: &Report) {
    report.say("`describe` with a default arm, in both languages:");
    for value in [0, 1, 42] {
        report.result(&format!("describe_{value}"), describe(value));
    }

    report.say("\nThe same function with the default forgotten, asked about 42:");
    report.contrast(
        "forgotten_default_42",
        rejected(include_str!(
            "../tests/ui/exhaustive/integer-match-without-catch-all.stderr"
        )),
        "exhaustive/rust-integer-needs-cover",
    );

    report.say("\nNo wildcard, but ranges that cover every i32:");
    for value in [i32::MIN, -5, 1, 7] {
        report.result(&format!("by_ranges_{value}"), describe_by_ranges(value));
    }

    report.say("\nAn enum's variants are all known, so three arms are enough:");
    for c in [Color::Red, Color::Green, Color::Blue] {
        report.result(&format!("color_hex_{c:?}"), color_hex(c));
    }

    report.say("\nExcept for an enum marked #[non_exhaustive] in another crate (Rust only):");
    report.extra(
        "non_exhaustive_std_enum",
        rejected(include_str!(
            "../tests/ui/exhaustive/non-exhaustive-std-enum.stderr"
        )),
        "exhaustive/rust-enum-no-catch-all",
        None,
    );
}
