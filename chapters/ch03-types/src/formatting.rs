//! Printing and formatting: `format!` specifiers against f-strings (the same mini-language for
//! the lecture's cases), `{:?}` against `repr`, and where the two part ways.

#![allow(clippy::approx_constant)] // the lecture's 3.14159 is a number to format, not PI

use textbook_report::{Report, rejected};

/// The lecture's point, with `Debug` derived.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The lecture's five format specifiers, as (case, text).
pub fn specifiers() -> Vec<(&'static str, String)> {
    vec![
        ("two_decimals", format!("{:.2}", 3.14159)),
        ("zero_padded", format!("{:05}", 42)),
        ("hex", format!("{:#x}", 255)),
        ("right_aligned", format!("{:>10}", 42)),
        ("left_aligned", format!("{:<10}|", "left")),
    ]
}

/// Line breaks shown as `⏎`, so a multi-line result stays on one line of the report.
pub fn one_line(text: &str) -> String {
    text.replace('\n', "⏎")
}

pub fn demo(report: &Report) {
    let (name, age) = ("Alice", 30);
    report.say("Positional and inline arguments:");
    report.result("positional", format!("Name: {} Age: {}", name, age));
    report.result("inline", format!("Name: {name}, Age: {age}"));
    report.contrast(
        "expression_inline",
        rejected(include_str!(
            "../tests/ui/formatting/expression-in-braces.stderr"
        )),
        "formatting/inline-identifiers-only",
    );

    report.say("\nThe format specifiers are Python's mini-language, for these cases:");
    for (case, text) in specifiers() {
        report.result(case, text);
    }
    report.result(
        "round_half",
        format!("{:.2} {:.2} {:.2}", 0.125, 0.375, 2.675),
    );

    report.say("\n`{}` is Display, `{:?}` is Debug (repr):");
    report.contrast(
        "display_floats",
        format!("{} | {} | {}", 1.0, 1e16, 0.1),
        "formatting/display",
    );
    report.result("debug_floats", format!("{:?} | {:?}", 1.0, 0.1));
    report.contrast(
        "display_a_vec",
        rejected(include_str!("../tests/ui/formatting/display-a-vec.stderr")),
        "formatting/display",
    );
    report.result("debug_vec", format!("{:?}", vec![1, 2, 3]));
    report.contrast("debug_str", format!("{:?}", "hi"), "formatting/debug-repr");
    report.contrast(
        "pretty_vec",
        one_line(&format!("{:#?}", vec![1, 2, 3])),
        "formatting/pretty",
    );
    let p = Point { x: 1.0, y: 2.0 };
    report.contrast("debug_point", format!("{:?}", p), "formatting/derive-debug");
    report.contrast(
        "point_without_debug",
        rejected(include_str!("../exercises/debug_point.stderr")),
        "formatting/derive-debug",
    );
}
