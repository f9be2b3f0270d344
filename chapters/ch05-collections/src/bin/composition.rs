//! No inheritance: composition instead. Twin: python_equivalents/ch05_collections/composition.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "composition",
        "the Animal trait, trait objects, and the contracts rustc checks",
    );
    chapter_05::composition::demo(&Report::new("composition", options.json));
}
