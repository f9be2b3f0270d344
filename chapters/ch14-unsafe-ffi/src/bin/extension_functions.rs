//! Twin: python_equivalents/ch14_unsafe_ffi/extension_functions.py
use chapter_14::extension::demo_sized;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "extension_functions",
        "the lecture's PyO3 functions and class, from Rust",
    );
    demo_sized(
        &Report::new("extension_functions", options.json),
        options.size,
    );
}
