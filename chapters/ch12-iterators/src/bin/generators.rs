//! Twin: python_equivalents/ch12_iterators/generators.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "generators",
        "the Fibonacci iterator against a generator, laziness, the end of an iterator",
    );
    chapter_12::generators::demo(&Report::new("generators", options.json));
}
