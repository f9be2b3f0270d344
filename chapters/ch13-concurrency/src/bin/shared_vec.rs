//! Section 2, thread safety: one Vec shared by threads, and the races the compiler does and does not prevent. Twin: python_equivalents/ch13_concurrency/shared_vec.py
use chapter_13::sharing::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "shared_vec",
        "section 2, thread safety: one Vec shared by threads, and the races the compiler does and does not prevent",
    );
    demo(&Report::new("shared_vec", options.json));
}
