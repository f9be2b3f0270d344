//! Associated types and operator overloading: Countdown, Vec2 + Vec2. Twin: python_equivalents/ch10_traits/operators.py
use chapter_10::operators::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "operators",
        "associated types and operator overloading: Countdown, Vec2 + Vec2",
    );
    demo(&Report::new("operators", options.json));
}
