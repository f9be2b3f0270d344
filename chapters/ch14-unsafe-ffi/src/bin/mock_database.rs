//! Twin: python_equivalents/ch14_unsafe_ffi/mock_database.py
use chapter_14::mocking::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("mock_database", "a mocked database behind a trait");
    demo(&Report::new("mock_database", options.json));
}
