//! What several test files of the chapter share: a panic's message, and small programs from
//! tests/programs/ compiled with rustc and run as children (for what only a whole process shows:
//! build flags, warnings, the bytes written to stdout and stderr).
// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use textbook_harness::run_with_timeout;

/// The message of the panic `f` raises; the test fails if it does not panic. Compared whole by
/// the tests, where `#[should_panic(expected = …)]` would accept any message containing it.
pub fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let payload = std::panic::catch_unwind(f).expect_err("the call panics");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
        .unwrap_or_default()
}

/// A scratch directory for one compiled program, removed when the test ends.
pub struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Compiles one of tests/programs/ with `rustc` and the given flags; the binary is `program` in
/// the returned scratch dir.
pub fn rustc(program: &str, tag: &str, flags: &[&str]) -> (Output, Scratch) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let dir = std::env::temp_dir().join(format!("ch03-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut command = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()));
    command
        .args(["--edition", "2024", "--crate-type", "bin"])
        .args(flags)
        .arg("-o")
        .arg(dir.join("program"))
        .arg(&source);
    (
        run_with_timeout(command, Duration::from_secs(60)),
        Scratch(dir),
    )
}

/// Runs the program a successful [`rustc`] built.
pub fn run(scratch: &Scratch) -> Output {
    run_with_timeout(
        Command::new(scratch.0.join("program")),
        Duration::from_secs(10),
    )
}

/// Asserts that a [`rustc`] call succeeded, showing its diagnostics if not; returns them.
pub fn built(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    stderr
}
