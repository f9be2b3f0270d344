//! Language philosophy: immutability, explicit conversions, errors as values, one owner per
//! resource. Twin: python_equivalents/ch01_case_for_rust/philosophy.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "philosophy",
        "immutable bindings, no implicit conversions, errors as values, files closed by the owner",
    );
    chapter_01::philosophy::demo(&Report::new("philosophy", options.json));
}
