//! The tour: every demo of chapter 6 in lecture order (`cargo run -p chapter-06`).
//! One demo alone: `cargo run -p chapter-06 --bin <demo>`; both sides: `cargo xtask run 6`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_06::{exhaustive, messages, option, option_methods, patterns, shapes};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-06",
        include_str!("../claims.toml"),
        &[
            ("shapes", shapes::demo),
            ("messages", messages::demo),
            ("exhaustive", exhaustive::demo),
            ("patterns", patterns::demo),
            ("find_user", option::demo),
            ("option_methods", option_methods::demo),
        ],
    )
}
