//! Hello on both sides. Twin: python_equivalents/ch14_unsafe_ffi/hello.py
use chapter_14::hello::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("hello", "a greeting, formatted the same way on both sides");
    demo(&Report::new("hello", options.json));
}
