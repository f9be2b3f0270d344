//! Twin: python_equivalents/ch07_ownership/ownership.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "ownership",
        "the Vec moves, b owns it, it is freed when b goes; passing to a function moves too",
    );
    chapter_07::ownership::demo(&Report::new("ownership", options.json));
}
