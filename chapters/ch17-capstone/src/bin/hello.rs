//! Hello on both sides. Twin: python_equivalents/ch17_capstone/hello.py
use chapter_17::hello::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("hello", "a greeting, formatted the same way on both sides");
    demo(&Report::new("hello", options.json));
}
