//! Private by default: a field and a method from outside their module.
//! Twin: python_equivalents/ch08_modules/private_by_default.py
use chapter_08::visibility::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "private_by_default",
        "private by default: a field and a method from outside their module",
    );
    demo(&Report::new("private_by_default", options.json));
}
