//! The tour: every demo of chapter 2 in lecture order (`cargo run -p chapter-02`).
//! One demo alone: `cargo run -p chapter-02 --bin <demo>`; both sides: `cargo xtask run 2`.
//! The order and the headings are the ledger's; this list only maps each demo to its function.
use std::process::ExitCode;

use chapter_02::{bindings, flow, hello, shapes, speed, tools, visibility};

fn main() -> ExitCode {
    textbook_report::tour(
        "chapter-02",
        include_str!("../claims.toml"),
        &[
            ("tools", tools::demo),
            ("hello_world", hello::demo),
            ("debug_release", speed::demo),
            ("bindings", bindings::demo),
            ("type_keywords", shapes::demo),
            ("control_flow", flow::demo),
            ("visibility", visibility::demo),
        ],
    )
}
