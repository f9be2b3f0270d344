//! The newtype pattern. Twin: python_equivalents/ch05_collections/newtype.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "newtype",
        "the newtype pattern the chapter's goals promise: Meters and Seconds kept apart",
    );
    chapter_05::newtype::demo(&Report::new("newtype", options.json));
}
