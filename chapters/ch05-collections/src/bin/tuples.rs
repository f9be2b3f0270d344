//! Tuples and destructuring. Twin: python_equivalents/ch05_collections/tuples.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "tuples",
        "tuples taken apart, indexed with .0, returned from functions",
    );
    chapter_05::tuples::demo(&Report::new("tuples", options.json));
}
