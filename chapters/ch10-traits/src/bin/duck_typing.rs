//! Python duck typing against a trait: total_area and the Dog. Twin: python_equivalents/ch10_traits/duck_typing.py
use chapter_10::duck_typing::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "duck_typing",
        "Python duck typing against a trait: total_area and the Dog",
    );
    demo(&Report::new("duck_typing", options.json));
}
