//! Hello on both sides. Twin: python_equivalents/ch16_best_practices/hello.py
use chapter_16::hello::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("hello", "a greeting, formatted the same way on both sides");
    demo(&Report::new("hello", options.json));
}
