//! What several test files of the chapter share: small programs from tests/programs/ compiled
//! with rustc and run as children (for what only a whole process shows: build flags, warnings,
//! the bytes written to stdout and stderr).
// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout};

/// Compiles one of tests/programs/ with `rustc` and the given flags; the binary is `program` in
/// the returned scratch dir.
pub fn rustc(program: &str, tag: &str, flags: &[&str]) -> (Output, Scratch) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let scratch = Scratch::new(&format!("ch03-{tag}"));
    let flags = [&["--crate-type", "bin"], flags].concat();
    let output = textbook_harness::rustc(&source, &scratch.path().join("program"), &flags);
    (output, scratch)
}

/// Runs the program a successful [`rustc`] built.
pub fn run(scratch: &Scratch) -> Output {
    run_with_timeout(
        Command::new(scratch.path().join("program")),
        Duration::from_secs(10),
    )
}

/// Asserts that a [`rustc`] call succeeded, showing its diagnostics if not; returns them.
pub fn built(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    stderr
}
