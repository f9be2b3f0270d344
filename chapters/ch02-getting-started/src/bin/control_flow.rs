//! match, if let, loop, for, while let. Twin: python_equivalents/ch02_getting_started/control_flow.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("control_flow", "match, if let, loop, for, while let.");
    chapter_02::flow::demo(&Report::new("control_flow", options.json));
}
