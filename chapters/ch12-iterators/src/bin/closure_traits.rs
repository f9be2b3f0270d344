//! Twin: python_equivalents/ch12_iterators/closure_traits.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "closure_traits",
        "Fn, FnMut and FnOnce, decided by what a closure does with its captures",
    );
    chapter_12::closure_traits::demo(&Report::new("closure_traits", options.json));
}
