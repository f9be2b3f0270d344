//! The tour: every demo of chapter 9 in lecture order (`cargo run -p chapter-09`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_09::hello;

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-09",
        include_str!("../claims.toml"),
        &[("hello", hello::demo)],
    )
}
