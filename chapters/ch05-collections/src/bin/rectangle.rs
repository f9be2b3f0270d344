//! Structs vs classes. Twin: python_equivalents/ch05_collections/rectangle.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "rectangle",
        "the lecture's Rectangle: methods, Display, and its size in memory",
    );
    chapter_05::structs::demo(&Report::new("rectangle", options.json));
}
