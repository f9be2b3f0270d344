//! Immutable bindings, mut, const, shadowing and the Counter.
//! Twin: python_equivalents/ch03_types/variables.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "variables",
        "immutable bindings, mut, const, shadowing and the Counter",
    );
    chapter_03::variables::demo(&Report::new("variables", options.json));
}
