//! Twin: python_equivalents/ch16_best_practices/habits.py
use chapter_16::habits::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("habits", "chapter 16, habits");
    demo(&Report::new("habits", options.json), options.size);
}
