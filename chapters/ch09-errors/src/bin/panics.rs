//! Panics: unwrap, expect, panic!. Twin: python_equivalents/ch09_errors/panics.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "panics",
        "unwrap, expect and indexing: the failures no signature shows",
    );
    chapter_09::panics::demo(&Report::new("panics", options.json));
}
