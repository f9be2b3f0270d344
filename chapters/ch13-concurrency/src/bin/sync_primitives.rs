//! Section 2, the primitives table, poisoning and atomic ordering. Twin: python_equivalents/ch13_concurrency/sync_primitives.py
use chapter_13::primitives::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "sync_primitives",
        "section 2, the primitives table, poisoning and atomic ordering",
    );
    demo(&Report::new("sync_primitives", options.json));
}
