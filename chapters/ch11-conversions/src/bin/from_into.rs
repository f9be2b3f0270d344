//! From and Into: one conversion, written once, called both ways. Twin: python_equivalents/ch11_conversions/from_into.py
use chapter_11::from_into::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "from_into",
        "From and Into: one conversion, written once, called both ways",
    );
    demo(&Report::new("from_into", options.json));
}
