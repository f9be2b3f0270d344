//! The tour: every demo of chapter 12 in lecture order (`cargo run -p chapter-12`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_12::{
    closure_traits, closures, comprehensions, derives, generators, late_binding, macros,
};
use textbook_report::Report;

fn comprehensions_at_default_size(report: &Report) {
    comprehensions::demo(report, None);
}

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-12",
        include_str!("../claims.toml"),
        &[
            ("closures", closures::demo),
            ("late_binding", late_binding::demo),
            ("closure_traits", closure_traits::demo),
            ("generators", generators::demo),
            ("comprehensions", comprehensions_at_default_size),
            ("macros", macros::demo),
            ("derives", derives::demo),
        ],
    )
}
