//! Algebraic data types vs union types. Twin: python_equivalents/ch06_enums/shapes.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "shapes",
        "a Shape enum against a union of dataclasses, and a variant forgotten in `match`",
    );
    chapter_06::shapes::demo(&Report::new("shapes", options.json));
}
