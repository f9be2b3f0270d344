//! Type hints that Python ignores against types that rustc enforces.
//! Twin: python_equivalents/ch03_types/annotations.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "annotations",
        "type hints that Python ignores against types that rustc enforces",
    );
    chapter_03::annotations::demo(&Report::new("annotations", options.json));
}
