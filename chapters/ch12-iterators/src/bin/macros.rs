//! Twin: python_equivalents/ch12_iterators/macros.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "macros",
        "log_call! against a decorator, the built-in macros, hashmap!",
    );
    chapter_12::macros::demo(&Report::new("macros", options.json));
}
