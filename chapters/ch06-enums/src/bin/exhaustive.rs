//! Exhaustive pattern matching. Twin: python_equivalents/ch06_enums/exhaustive.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "exhaustive",
        "a match that forgets its default: silence in Python, E0004 in Rust",
    );
    chapter_06::exhaustive::demo(&Report::new("exhaustive", options.json));
}
