//! The tour: every demo of chapter 11 in lecture order (`cargo run -p chapter-11`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_11::{
    config_chain, from_into, string_conversions, temperature_library, try_from_port, user_id,
};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-11",
        include_str!("../claims.toml"),
        &[
            ("from_into", from_into::demo),
            ("user_id", user_id::demo),
            ("try_from_port", try_from_port::demo),
            ("string_conversions", string_conversions::demo),
            ("config_chain", config_chain::demo),
            ("temperature_library", temperature_library::demo),
        ],
    )
}
