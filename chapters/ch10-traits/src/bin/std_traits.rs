//! Dunder methods against std traits: Debug, Display, Ord, Iterator, Clone, Drop, From. Twin: python_equivalents/ch10_traits/std_traits.py
use chapter_10::std_traits::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "std_traits",
        "dunder methods against std traits: Debug, Display, Ord, Iterator, Clone, Drop, From",
    );
    demo(&Report::new("std_traits", options.json));
}
