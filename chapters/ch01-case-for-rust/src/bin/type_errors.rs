//! Section 1: runtime type errors. Twin: python_equivalents/ch01_case_for_rust/type_errors.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "type_errors",
        "wrong argument types, None for a number, extra arguments, and untyped JSON",
    );
    chapter_01::types::demo(&Report::new("type_errors", options.json));
}
