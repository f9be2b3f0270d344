//! The lecture's exercise. Twin: python_equivalents/ch09_errors/parse_port.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "parse_port",
        "the lecture's exercise: parse_port on its four inputs and on a few more",
    );
    chapter_09::parse_port::demo(&Report::new("parse_port", options.json));
}
