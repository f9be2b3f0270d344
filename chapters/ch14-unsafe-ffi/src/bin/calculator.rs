//! Twin: python_equivalents/ch14_unsafe_ffi/calculator.py
use chapter_14::calculator::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "calculator",
        "the functions the lecture tests, and their cases",
    );
    demo(&Report::new("calculator", options.json));
}
