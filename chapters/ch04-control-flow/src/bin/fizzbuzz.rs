//! Exercises: FizzBuzz with expressions. Twin: python_equivalents/ch04_control_flow/fizzbuzz.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "fizzbuzz",
        "the lecture's exercise: FizzBuzz with one match on a tuple",
    );
    chapter_04::fizzbuzz::demo(&Report::new("fizzbuzz", options.json));
}
