//! Hello on both sides. Twin: python_equivalents/ch15_migration/hello.py
use chapter_15::hello::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("hello", "a greeting, formatted the same way on both sides");
    demo(&Report::new("hello", options.json));
}
