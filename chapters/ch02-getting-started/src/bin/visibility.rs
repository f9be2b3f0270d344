//! pub, pub(crate) and private items. Twin: python_equivalents/ch02_getting_started/visibility.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("visibility", "pub, pub(crate) and private items.");
    chapter_02::visibility::demo(&Report::new("visibility", options.json));
}
