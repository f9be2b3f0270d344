//! Twin: python_equivalents/ch07_ownership/smart_pointers.py
use chapter_07::smart_pointers::{DEFAULT_SIZE, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "smart_pointers",
        "Box, Rc and its cycles, Arc, RefCell's run-time checks; handles timed (SIZE = calls)",
    );
    run(
        &Report::new("smart_pointers", options.json),
        options.size.unwrap_or(DEFAULT_SIZE),
    );
}
