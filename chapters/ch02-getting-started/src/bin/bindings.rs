//! let, mut, const, static, borrows and moves. Twin: python_equivalents/ch02_getting_started/bindings.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("bindings", "let, mut, const, static, borrows and moves.");
    chapter_02::bindings::demo(&Report::new("bindings", options.json));
}
