//! A trait is nominal: a matching method is not an impl.
//! Twin: python_equivalents/ch08_modules/traits.py
use chapter_08::traits::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "traits",
        "a trait is nominal: a matching method is not an impl",
    );
    demo(&Report::new("traits", options.json));
}
