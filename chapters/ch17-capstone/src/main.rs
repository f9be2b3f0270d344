//! The tour: every demo of chapter 17 in lecture order (`cargo run -p chapter-17`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_17::{data_model, task_session};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-17",
        include_str!("../claims.toml"),
        &[
            ("data_model", data_model::demo),
            ("task_session", task_session::demo),
        ],
    )
}
