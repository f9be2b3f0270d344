//! Enums replace several Python patterns. Twin: python_equivalents/ch06_enums/messages.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "messages",
        "a Status enum and a data-carrying Message enum against Python's Enum and tagged classes",
    );
    chapter_06::messages::demo(&Report::new("messages", options.json));
}
