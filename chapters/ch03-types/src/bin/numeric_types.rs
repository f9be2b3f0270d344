//! Fixed-width integers against Python's int, overflow, floats, usize and indexing, inference.
//! Twin: python_equivalents/ch03_types/numeric_types.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "numeric_types",
        "fixed-width integers against Python's int, overflow, floats, usize, indexing, inference",
    );
    chapter_03::numeric_types::demo(&Report::new("numeric_types", options.json));
}
