//! Real-world impact, Pydantic: the same JSON payloads parsed into typed structs by serde_json.
//! Twin: python_equivalents/ch01_case_for_rust/validation.py (pydantic v2 and pydantic.v1).
use chapter_01::validation::{DEFAULT_SIZE, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "validation",
        "JSON payloads (flat and nested records) validated into typed structs (SIZE = records)",
    );
    run(
        &Report::new("validation", options.json),
        options.size.unwrap_or(DEFAULT_SIZE),
    );
}
