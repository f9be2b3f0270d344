//! Memory safety without a garbage collector: an owning tree, its drop order, and the cycle that
//! shared ownership can still make. Twin: python_equivalents/ch01_case_for_rust/ownership_tree.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "ownership_tree",
        "an owning tree freed at the end of its scope, an Rc cycle that leaks, the Weak fix",
    );
    chapter_01::memory::demo(&Report::new("ownership_tree", options.json));
}
