//! struct, enum, impl, trait and type. Twin: python_equivalents/ch02_getting_started/type_keywords.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("type_keywords", "struct, enum, impl, trait and type.");
    chapter_02::shapes::demo(&Report::new("type_keywords", options.json));
}
