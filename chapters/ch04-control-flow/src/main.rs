//! The tour: every demo of chapter 4 in lecture order (`cargo run -p chapter-04`).
//! One demo alone: `cargo run -p chapter-04 --bin <demo>`; both sides: `cargo xtask run 4`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_04::{conditionals, expressions, fizzbuzz, functions, loops};
use textbook_report::Report;

fn loops_at_default_size(report: &Report) {
    loops::demo(report, None);
}

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-04",
        include_str!("../claims.toml"),
        &[
            ("conditionals", conditionals::demo),
            ("loops", loops_at_default_size),
            ("expression_blocks", expressions::demo),
            ("functions", functions::demo),
            ("fizzbuzz", fizzbuzz::demo),
        ],
    )
}
