//! the crate table's rows this workspace can run, on both sides. Twin: python_equivalents/ch15_migration/crate_map.py
use chapter_15::crate_map::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "crate_map",
        "the crate table's rows this workspace can run, on both sides",
    );
    demo(&Report::new("crate_map", options.json));
}
