//! The tour: every demo of chapter 13 in lecture order (`cargo run -p chapter-13`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_13::hello;

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-13",
        include_str!("../claims.toml"),
        &[("hello", hello::demo)],
    )
}
