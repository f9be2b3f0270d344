//! Functions and type signatures. Twin: python_equivalents/ch04_control_flow/functions.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "functions",
        "signatures, defaults, *args, closures, return values, self",
    );
    chapter_04::functions::demo(&Report::new("functions", options.json));
}
