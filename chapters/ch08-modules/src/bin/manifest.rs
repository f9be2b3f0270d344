//! The lecture's Cargo.toml read as data, and what its requirements admit.
//! Twin: python_equivalents/ch08_modules/manifest.py
use chapter_08::manifest::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "manifest",
        "the lecture's Cargo.toml read as data, and what its requirements admit",
    );
    demo(&Report::new("manifest", options.json));
}
