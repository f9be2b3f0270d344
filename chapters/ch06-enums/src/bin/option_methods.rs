//! Option methods and their Python equivalents. Twin: python_equivalents/ch06_enums/option_methods.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "option_methods",
        "unwrap_or, unwrap_or_else, map, and_then and ok_or against Python's None idioms",
    );
    chapter_06::option_methods::demo(&Report::new("option_methods", options.json));
}
