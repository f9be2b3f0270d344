//! Twin: python_equivalents/ch07_ownership/spot_the_errors.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "spot_the_errors",
        "the lecture's exercise: the errors rustc really reports, and the fixed program",
    );
    chapter_07::exercise::demo(&Report::new("spot_the_errors", options.json));
}
