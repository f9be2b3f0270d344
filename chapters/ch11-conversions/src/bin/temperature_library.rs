//! the exercise: Celsius, Fahrenheit and Kelvin. Twin: python_equivalents/ch11_conversions/temperature_library.py
use chapter_11::temperature_library::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "temperature_library",
        "the exercise: Celsius, Fahrenheit and Kelvin",
    );
    demo(&Report::new("temperature_library", options.json));
}
