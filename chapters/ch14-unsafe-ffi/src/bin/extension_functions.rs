//! Twin: python_equivalents/ch14_unsafe_ffi/extension_functions.py
use chapter_14::extension::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "extension_functions",
        "the lecture's PyO3 functions and class, from Rust",
    );
    demo(&Report::new("extension_functions", options.json));
}
