//! The tour: every demo of chapter 7 in lecture order (`cargo run -p chapter-07`).
//! One demo alone: `cargo run -p chapter-07 --bin <demo>`; both sides: `cargo xtask run 7`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_07::{borrowing, exercise, moves, ownership, smart_pointers};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-07",
        include_str!("../claims.toml"),
        &[
            ("ownership", ownership::demo),
            ("copy_move", moves::demo),
            ("borrowing", borrowing::demo),
            ("smart_pointers", smart_pointers::demo),
            ("spot_the_errors", exercise::demo),
        ],
    )
}
