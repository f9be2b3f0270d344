//! Twin: python_equivalents/ch12_iterators/late_binding.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "late_binding",
        "what a closure captures: Python's late binding against move",
    );
    chapter_12::late_binding::demo(&Report::new("late_binding", options.json));
}
