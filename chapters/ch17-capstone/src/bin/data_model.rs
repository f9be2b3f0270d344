//! Twin: python_equivalents/ch17_capstone/data_model.py
use chapter_17::data_model::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "data_model",
        "step 1: Priority and Task, parsed, displayed, serialised",
    );
    demo(&Report::new("data_model", options.json));
}
