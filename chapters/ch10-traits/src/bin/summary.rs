//! The exercise: Summary, Article, Tweet, notify. Twin: python_equivalents/ch10_traits/summary.py
use chapter_10::summary::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("summary", "the exercise: Summary, Article, Tweet, notify");
    demo(&Report::new("summary", options.json));
}
