//! the case study's row loop, without PyO3. Twin: python_equivalents/ch15_migration/pipeline_case.py
use chapter_15::case_study::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("pipeline_case", "the case study's row loop, without PyO3");
    demo(&Report::new("pipeline_case", options.json), options.size);
}
