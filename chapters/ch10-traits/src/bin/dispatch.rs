//! Static (impl Trait) against dynamic (dyn Trait) dispatch. Twin: python_equivalents/ch10_traits/dispatch.py
use chapter_10::dispatch::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "dispatch",
        "static (impl Trait) against dynamic (dyn Trait) dispatch",
    );
    demo(&Report::new("dispatch", options.json));
}
