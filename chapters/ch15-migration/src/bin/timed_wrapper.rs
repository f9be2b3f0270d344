//! a timing decorator becomes a function that takes a closure. Twin: python_equivalents/ch15_migration/timed_wrapper.py
use chapter_15::timed::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "timed_wrapper",
        "a timing decorator becomes a function that takes a closure",
    );
    demo(&Report::new("timed_wrapper", options.json));
}
