//! Exercise: word frequency counter. Twin: python_equivalents/ch05_collections/word_frequency.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "word_frequency",
        "the lecture's exercise, Counter(s.lower().split()) in Rust",
    );
    chapter_05::words::demo(&Report::new("word_frequency", options.json));
}
