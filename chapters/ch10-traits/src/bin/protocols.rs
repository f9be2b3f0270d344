//! Protocol (PEP 544) against a trait: print_all, defaults, foreign types. Twin: python_equivalents/ch10_traits/protocols.py
use chapter_10::protocols::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "protocols",
        "Protocol (PEP 544) against a trait: print_all, defaults, foreign types",
    );
    demo(&Report::new("protocols", options.json));
}
