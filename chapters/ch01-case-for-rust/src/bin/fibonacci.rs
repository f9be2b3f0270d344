//! Performance: the lecture's fibonacci loop, its real cost, and an honest kernel timed.
//! Twin: python_equivalents/ch01_case_for_rust/fibonacci.py
use chapter_01::performance::{DEFAULT_SIZE, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "fibonacci",
        "the lecture's fibonacci loop: its step count, its growth, and a kernel timed (SIZE = calls)",
    );
    let report = Report::new("fibonacci", options.json);
    run(&report, options.size.unwrap_or(DEFAULT_SIZE));
}
