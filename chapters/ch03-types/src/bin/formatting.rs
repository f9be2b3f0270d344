//! `format!`, `{:?}` and `{:#?}` against f-strings, repr and pprint.
//! Twin: python_equivalents/ch03_types/formatting.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "formatting",
        "format!, {:?} and {:#?} against f-strings, repr and pprint",
    );
    chapter_03::formatting::demo(&Report::new("formatting", options.json));
}
