//! String and &str against Python's str: UTF-8, lengths, slices and the paired operations.
//! Twin: python_equivalents/ch03_types/strings.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "strings",
        "String and &str against Python's str: UTF-8, lengths, slices and the paired operations",
    );
    chapter_03::strings::demo(&Report::new("strings", options.json));
}
