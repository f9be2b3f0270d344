//! Arrays and slices. Twin: python_equivalents/ch05_collections/arrays_slices.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "arrays_slices",
        "fixed arrays, slices that are views, and what happens out of range",
    );
    chapter_05::arrays::demo(&Report::new("arrays_slices", options.json));
}
