//! Expression blocks. Twin: python_equivalents/ch04_control_flow/expression_blocks.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "expression_blocks",
        "if, match and blocks as values; the semicolon rule",
    );
    chapter_04::expressions::demo(&Report::new("expression_blocks", options.json));
}
