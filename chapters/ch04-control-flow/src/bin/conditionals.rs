//! Conditional statements. Twin: python_equivalents/ch04_control_flow/conditionals.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "conditionals",
        "if and else, if as a value, and conditions that must be bool",
    );
    chapter_04::conditionals::demo(&Report::new("conditionals", options.json));
}
