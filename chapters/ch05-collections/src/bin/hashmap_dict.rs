//! HashMap vs dict. Twin: python_equivalents/ch05_collections/hashmap_dict.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "hashmap_dict",
        "the lecture's map operations, missing keys, the entry API and iteration order",
    );
    chapter_05::maps::demo(&Report::new("hashmap_dict", options.json));
}
