//! Other collections. Twin: python_equivalents/ch05_collections/other_collections.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "other_collections",
        "HashSet, VecDeque, BinaryHeap, IndexMap and BTreeSet against their Python cousins",
    );
    chapter_05::others::demo(&Report::new("other_collections", options.json));
}
