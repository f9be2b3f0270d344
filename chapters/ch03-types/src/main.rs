//! The tour: every demo of chapter 3 in lecture order (`cargo run -p chapter-03`).
//! One demo alone: `cargo run -p chapter-03 --bin <demo>`; both sides: `cargo xtask run 3`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_03::{annotations, formatting, numeric_types, strings, temperature, variables};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-03",
        include_str!("../claims.toml"),
        &[
            ("variables", variables::demo),
            ("numeric_types", numeric_types::demo),
            ("strings", strings::demo),
            ("formatting", formatting::demo),
            ("annotations", annotations::demo),
            ("temperature", temperature::demo),
        ],
    )
}
