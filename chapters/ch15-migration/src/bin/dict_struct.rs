//! a dict's keys become a struct's fields. Twin: python_equivalents/ch15_migration/dict_struct.py
use chapter_15::dict_struct::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("dict_struct", "a dict's keys become a struct's fields");
    demo(&Report::new("dict_struct", options.json));
}
