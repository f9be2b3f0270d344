//! The tour: every demo of chapter 10 in lecture order (`cargo run -p chapter-10`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_10::{
    dispatch, duck_typing, generic_bounds, operators, protocols, std_traits, summary,
};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-10",
        include_str!("../claims.toml"),
        &[
            ("duck_typing", duck_typing::demo),
            ("protocols", protocols::demo),
            ("generic_bounds", generic_bounds::demo),
            ("std_traits", std_traits::demo),
            ("dispatch", dispatch::demo),
            ("operators", operators::demo),
            ("summary", summary::demo),
        ],
    )
}
