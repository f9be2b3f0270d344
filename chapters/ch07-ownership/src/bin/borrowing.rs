//! Twin: python_equivalents/ch07_ownership/borrowing.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "borrowing",
        "the lent book: many readers or one writer; lifetimes: first_word, longest",
    );
    chapter_07::borrowing::demo(&Report::new("borrowing", options.json));
}
