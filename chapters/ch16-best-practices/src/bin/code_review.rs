//! Twin: python_equivalents/ch16_best_practices/code_review.py
use chapter_16::review::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("code_review", "chapter 16, the code review exercise");
    demo(&Report::new("code_review", options.json));
}
