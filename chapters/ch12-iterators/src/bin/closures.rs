//! Twin: python_equivalents/ch12_iterators/closures.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "closures",
        "closures against lambdas: syntax, make_adder, map and filter",
    );
    chapter_12::closures::demo(&Report::new("closures", options.json));
}
