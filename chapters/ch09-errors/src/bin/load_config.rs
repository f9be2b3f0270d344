//! Exceptions vs Result. Twin: python_equivalents/ch09_errors/load_config.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "load_config",
        "load_config on good, bad and missing files: Err values against exceptions",
    );
    chapter_09::results::demo(&Report::new("load_config", options.json));
}
