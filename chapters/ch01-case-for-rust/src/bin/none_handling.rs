//! Section 2: None. Twin: python_equivalents/ch01_case_for_rust/none_handling.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "none_handling",
        "a missing user used as if it were there, and the two ways of handling it",
    );
    chapter_01::none::demo(&Report::new("none_handling", options.json));
}
