//! string conversion patterns and the quick reference. Twin: python_equivalents/ch11_conversions/string_conversions.py
use chapter_11::string_conversions::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "string_conversions",
        "string conversion patterns and the quick reference",
    );
    demo(&Report::new("string_conversions", options.json));
}
