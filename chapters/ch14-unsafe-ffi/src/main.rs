//! The tour: every demo of chapter 14 in lecture order (`cargo run -p chapter-14`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_14::{calculator, extension, ffi_safety, mocking, unsafe_powers};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-14",
        include_str!("../claims.toml"),
        &[
            ("unsafe_powers", unsafe_powers::demo),
            ("extension_functions", extension::demo),
            ("ffi_safety", ffi_safety::demo),
            ("calculator", calculator::demo),
            ("mock_database", mocking::demo),
        ],
    )
}
