//! The tour: every demo of chapter 16 in lecture order (`cargo run -p chapter-16`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_16::{habits, pitfalls, review};
use textbook_report::Report;

fn habits_at_default_size(report: &Report) {
    habits::demo(report, None);
}

fn pitfalls_at_default_size(report: &Report) {
    pitfalls::demo(report, None);
}

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-16",
        include_str!("../claims.toml"),
        &[
            ("habits", habits_at_default_size),
            ("pitfalls", pitfalls_at_default_size),
            ("code_review", review::demo),
        ],
    )
}
