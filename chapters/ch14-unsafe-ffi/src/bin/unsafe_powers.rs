//! Twin: python_equivalents/ch14_unsafe_ffi/unsafe_powers.py
use chapter_14::unsafe_powers::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "unsafe_powers",
        "what unsafe permits, each power behind a safe function",
    );
    demo(&Report::new("unsafe_powers", options.json));
}
