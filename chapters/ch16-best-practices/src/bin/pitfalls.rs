//! Twin: python_equivalents/ch16_best_practices/pitfalls.py
use chapter_16::pitfalls::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("pitfalls", "chapter 16, pitfalls");
    demo(&Report::new("pitfalls", options.json), options.size);
}
