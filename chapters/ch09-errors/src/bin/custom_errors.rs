//! Custom error types with thiserror. Twin: python_equivalents/ch09_errors/custom_errors.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "custom_errors",
        "thiserror's AppError: messages, #[from] conversions, variants against exception classes",
    );
    chapter_09::custom::demo(&Report::new("custom_errors", options.json));
}
