//! Python dunder methods and Rust traits. Twin: python_equivalents/ch05_collections/dunder_traits.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "dunder_traits",
        "each row of the lecture's dunder-to-trait table, run",
    );
    chapter_05::dunders::demo(&Report::new("dunder_traits", options.json));
}
