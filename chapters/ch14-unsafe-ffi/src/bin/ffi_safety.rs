//! Twin: python_equivalents/ch14_unsafe_ffi/ffi_safety.py
use chapter_14::ffi_safety::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "ffi_safety",
        "a panic caught at the FFI boundary, and repr(C) layout",
    );
    demo(&Report::new("ffi_safety", options.json));
}
