//! Pattern matching features. Twin: python_equivalents/ch06_enums/patterns.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "patterns",
        "alternatives, ranges, guards, bindings and nested tuples in both languages' `match`",
    );
    chapter_06::patterns::demo(&Report::new("patterns", options.json));
}
