//! csv rows counted per region: Counter against a HashMap. Twin: python_equivalents/ch15_migration/sales_pipeline.py
use chapter_15::sales::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "sales_pipeline",
        "csv rows counted per region: Counter against a HashMap",
    );
    demo(&Report::new("sales_pipeline", options.json));
}
