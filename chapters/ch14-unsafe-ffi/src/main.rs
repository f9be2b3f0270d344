//! The tour: every demo of chapter 14 in lecture order (`cargo run -p chapter-14`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_14::hello;

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-14",
        include_str!("../claims.toml"),
        &[("hello", hello::demo)],
    )
}
