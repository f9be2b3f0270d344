//! Vec vs list. Twin: python_equivalents/ch05_collections/vec_list.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "vec_list",
        "the lecture's Vec operations and each row of its quick-reference table",
    );
    chapter_05::vecs::demo(&Report::new("vec_list", options.json));
}
