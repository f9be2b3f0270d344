//! Twin: python_equivalents/ch12_iterators/derives.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "derives",
        "derive macros against @dataclass, serde against json, a redacted Debug",
    );
    chapter_12::derives::demo(&Report::new("derives", options.json));
}
