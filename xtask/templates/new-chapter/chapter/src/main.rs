//! The tour: every demo of chapter {{N}} in lecture order (`cargo run -p chapter-{{NN}}`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_{{NN}}::hello;

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-{{NN}}",
        include_str!("../claims.toml"),
        &[("hello", hello::demo)],
    )
}
