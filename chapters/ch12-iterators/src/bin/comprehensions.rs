//! Twin: python_equivalents/ch12_iterators/comprehensions.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "comprehensions",
        "list, dict and set comprehensions against iterator chains; a timed kernel",
    );
    chapter_12::comprehensions::demo(&Report::new("comprehensions", options.json), options.size);
}
