//! Section 4: deployment. Twin: python_equivalents/ch01_case_for_rust/deployment.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "deployment",
        "what the program needs on the machine: its executable, loader, shared libraries",
    );
    chapter_01::deployment::demo(&Report::new("deployment", options.json));
}
