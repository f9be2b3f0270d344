//! The tour: every demo of chapter 15 in lecture order (`cargo run -p chapter-15`).
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_15::{case_study, config, crate_map, dict_struct, raii, sales, timed};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-15",
        include_str!("../claims.toml"),
        &[
            ("dict_struct", dict_struct::demo),
            ("raii_drop", raii::demo),
            ("timed_wrapper", timed::demo),
            ("sales_pipeline", sales::demo),
            ("config_singleton", config::demo),
            ("crate_map", crate_map::demo),
            ("pipeline_case", |report| case_study::demo(report, None)),
        ],
    )
}
