//! String conversion patterns and the quick reference.
//! Twin: python_equivalents/ch11_conversions/string_conversions.py
use std::collections::HashMap;
use std::fmt;

use textbook_report::{Report, rejected};

use crate::shown;

#[derive(Debug)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Point { x, y } = self;
        write!(f, "({x}, {y})")
    }
}

/// Rounds with two decimals, as `f"{x:.2f}"` does.
pub fn two_places(x: f64) -> String {
    format!("{x:.2}")
}

pub fn parse_int(text: &str) -> String {
    shown(text.parse::<i32>())
}

pub fn parse_float(text: &str) -> String {
    shown(text.parse::<f64>())
}

/// `dict(pairs)`: a later pair with the same key replaces the earlier value. Shown sorted by key,
/// `a=3, b=2`, since a HashMap has no order to compare.
pub fn dict_from_pairs(pairs: &[(&str, i32)]) -> String {
    let map: HashMap<_, _> = pairs.iter().copied().collect();
    let mut sorted: Vec<_> = map.into_iter().collect();
    sorted.sort();
    let shown: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}={v}")).collect();
    shown.join(", ")
}

/// Texts both parsers accept or refuse in different ways (each a demo case).
pub const INT_TEXTS: [&str; 5] = ["42", "+42", " 42 ", "4_2", "٤٢"];
pub const FLOAT_TEXTS: [&str; 6] = ["3.14", "inf", "nan", ".5", " 3.14", "1_000.5"];

#[allow(clippy::approx_constant)] // 3.14 is the lecture's value, not an approximation of π
pub fn demo(report: &Report) {
    report.say("Number → String:");
    report.result("to_string_42", 42.to_string());
    for x in [3.14, 2.675, 0.125, 2.5] {
        report.result(&format!("two_places_{x}"), two_places(x));
    }
    report.say("\nString → number (int() and float() accept more):");
    for text in INT_TEXTS {
        let case = format!("parse_int {text:?}");
        match text {
            "42" | "+42" => report.result(&case, parse_int(text)),
            _ => report.contrast(&case, parse_int(text), "strings/parse-like-int"),
        }
    }
    for text in FLOAT_TEXTS {
        let case = format!("parse_float {text:?}");
        match text {
            " 3.14" | "1_000.5" | "nan" => {
                report.contrast(&case, parse_float(text), "strings/parse-like-float")
            }
            _ => report.result(&case, parse_float(text)),
        }
    }
    report.say("\nA type of our own, through Display (Python's __str__ with the same f-string):");
    let p = Point { x: 1.0, y: 2.0 };
    report.contrast("point_display", &p, "strings/point-display");
    report.say("\nThe quick reference:");
    report.result(
        "dict_from_pairs",
        dict_from_pairs(&[("a", 1), ("b", 2), ("a", 3)]),
    );
    report.contrast(
        "str_of_plain_struct",
        rejected(include_str!(
            "../tests/ui/strings/to-string-without-display.stderr"
        )),
        "ref/str-needs-display",
    );
    report.contrast(
        "bool_of_int",
        rejected(include_str!(
            "../tests/ui/strings/integer-as-condition.stderr"
        )),
        "ref/bool-no-equivalent",
    );
}
