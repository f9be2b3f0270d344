//! The tour: every demo of chapter 8 in lecture order (`cargo run -p chapter-08`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_08::{layout, manifest, traits, visibility, workspace};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-08",
        include_str!("../claims.toml"),
        &[
            ("module_tree", layout::demo),
            ("private_by_default", visibility::demo),
            ("manifest", manifest::demo),
            ("traits", traits::demo),
            ("workspace", workspace::demo),
        ],
    )
}
