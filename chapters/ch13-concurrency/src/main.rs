//! The tour: every demo of chapter 13 in lecture order (`cargo run -p chapter-13`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_13::{asynchrony, counter, primitives, sharing, startup};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-13",
        include_str!("../claims.toml"),
        &[
            ("atomic_counter", counter::demo),
            ("shared_vec", sharing::demo),
            ("sync_primitives", primitives::demo),
            ("async_tasks", asynchrony::demo),
            ("pool_startup", startup::demo),
        ],
    )
}
