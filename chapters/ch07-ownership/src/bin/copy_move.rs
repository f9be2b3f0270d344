//! Twin: python_equivalents/ch07_ownership/copy_move.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "copy_move",
        "Copy integers, moved Strings, clone, remove_duplicates behind a shared borrow",
    );
    chapter_07::moves::demo(&Report::new("copy_move", options.json));
}
