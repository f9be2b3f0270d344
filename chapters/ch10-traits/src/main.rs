//! The tour: every demo of chapter 10 in lecture order (`cargo run -p chapter-10`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_10::hello;

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-10",
        include_str!("../claims.toml"),
        &[("hello", hello::demo)],
    )
}
