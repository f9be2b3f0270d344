//! a chain of conversions, each failure a visible exit. Twin: python_equivalents/ch11_conversions/config_chain.py
use chapter_11::config_chain::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "config_chain",
        "a chain of conversions, each failure a visible exit",
    );
    demo(&Report::new("config_chain", options.json));
}
