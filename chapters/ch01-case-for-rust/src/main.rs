//! The tour: every demo of chapter 1 in lecture order (`cargo run -p chapter-01`).
//! One demo alone: `cargo run -p chapter-01 --bin <demo>`; both sides: `cargo xtask run 1`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_01::{deployment, gil, memory, none, performance, philosophy, types, validation};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-01",
        include_str!("../claims.toml"),
        &[
            ("fibonacci", performance::demo),
            ("ownership_tree", memory::demo),
            ("type_errors", types::demo),
            ("none_handling", none::demo),
            ("gil_threads", gil::demo),
            ("deployment", deployment::demo),
            ("validation", validation::demo),
            ("philosophy", philosophy::demo),
        ],
    )
}
