//! The tour: every demo of chapter 9 in lecture order (`cargo run -p chapter-09`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_09::{app_context, custom, panics, parse_port, propagation, results};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-09",
        include_str!("../claims.toml"),
        &[
            ("load_config", results::demo),
            ("question_mark", propagation::demo),
            ("custom_errors", custom::demo),
            ("parse_port", parse_port::demo),
            ("panics", panics::demo),
            ("app_context", app_context::demo),
        ],
    )
}
