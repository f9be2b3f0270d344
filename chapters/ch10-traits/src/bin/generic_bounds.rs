//! TypeVar against trait bounds: first, average, log_and_clone. Twin: python_equivalents/ch10_traits/generic_bounds.py
use chapter_10::generic_bounds::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "generic_bounds",
        "TypeVar against trait bounds: first, average, log_and_clone",
    );
    demo(&Report::new("generic_bounds", options.json));
}
