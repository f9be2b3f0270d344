//! The lecture's exercise: Celsius to Fahrenheit, classified.
//! Twin: python_equivalents/ch03_types/temperature.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "temperature",
        "the lecture's exercise: Celsius to Fahrenheit, classified",
    );
    chapter_03::temperature::demo(&Report::new("temperature", options.json));
}
