//! Shared by the tests that build small crates: a scratch folder of their own, and rustc or
//! cargo run in it offline, each with a deadline. (A `tests/support/mod.rs` is a module of each
//! test that declares `mod support;`, not a test target: cargo only picks up `tests/*.rs`.)
#![allow(dead_code)]

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use textbook_harness::run_with_timeout;

const DEADLINE: Duration = Duration::from_secs(120);

pub use textbook_harness::Scratch;

/// Copies a folder of this chapter (relative to its manifest dir) into the scratch folder.
pub fn copy_fixture(scratch: &Scratch, fixture: &str) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture);
    copy_dir(&from, scratch.path());
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// What a finished command printed, and whether it succeeded.
#[derive(Debug)]
pub struct Ran {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(mut command: Command) -> Ran {
    command
        .env("NO_COLOR", "1")
        .env("CARGO_TERM_COLOR", "never");
    let output = run_with_timeout(command, DEADLINE);
    Ran {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `rustc --edition 2024 <root>` in `dir`, the executable written to `dir/out`.
pub fn rustc(dir: &Path, root: &str) -> Ran {
    rustc_edition(dir, root, "2024")
}

/// The same with another edition.
pub fn rustc_edition(dir: &Path, root: &str, edition: &str) -> Ran {
    let mut command = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()));
    command
        .current_dir(dir)
        .args(["--edition", edition, "--color", "never", root, "-o", "out"]);
    run(command)
}

/// `cargo --offline <args>` in `dir`, its build output kept inside `dir`.
pub fn cargo(dir: &Path, args: &[&str]) -> Ran {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(dir)
        .arg("--offline")
        .args(args)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS");
    run(command)
}

/// Runs a program the test built.
pub fn program(path: &Path) -> Ran {
    run(Command::new(path))
}
