//! a singleton's lazy load becomes OnceLock. Twin: python_equivalents/ch15_migration/config_singleton.py
use chapter_15::config::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "config_singleton",
        "a singleton's lazy load becomes OnceLock",
    );
    demo(&Report::new("config_singleton", options.json));
}
