//! a context manager's clean-up becomes Drop at the end of a scope. Twin: python_equivalents/ch15_migration/raii_drop.py
use chapter_15::raii::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "raii_drop",
        "a context manager's clean-up becomes Drop at the end of a scope",
    );
    demo(&Report::new("raii_drop", options.json));
}
