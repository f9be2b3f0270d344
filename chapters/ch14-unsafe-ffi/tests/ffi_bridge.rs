//! The Python ⇄ Rust bridge proven for real without PyO3: `tests/native/bridge.rs` (the lecture's
//! functions behind `extern "C"`) built as a `cdylib` by rustc, loaded by CPython's `ctypes`
//! (python_equivalents/ch14_unsafe_ffi/_rust_from_python.py). Ledger: `pyo3/python-calls-rust`,
//! `pyo3/fibonacci-50`, `pyo3/counter`, `ffi/panic-boundary`, `ffi/catch-unwind`,
//! `ffi/opaque-pointer`.
#![cfg(target_os = "linux")]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout, rustc};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Built once per test binary; the scratch folder lives as long as the process.
fn library() -> &'static Path {
    static LIB: OnceLock<(Scratch, PathBuf)> = OnceLock::new();
    let (_, path) = LIB.get_or_init(|| {
        let scratch = Scratch::new("ch14-bridge");
        let lib = scratch.path().join("libbridge.so");
        let built = rustc(
            &root().join("tests/native/bridge.rs"),
            &lib,
            &["--crate-type", "cdylib", "-C", "opt-level=1"],
        );
        assert!(
            built.status.success(),
            "rustc failed: {}",
            String::from_utf8_lossy(&built.stderr)
        );
        (scratch, lib)
    });
    path
}

/// The venv's interpreter when the xtask made it, else the `python3` on PATH.
fn python() -> PathBuf {
    let venv = root().join("../../target/textbook/venv/bin/python");
    if venv.exists() {
        venv
    } else {
        "python3".into()
    }
}

fn run_python(mode: &str) -> Output {
    let mut command = Command::new(python());
    command
        .arg(root().join("../../python_equivalents/ch14_unsafe_ffi/_rust_from_python.py"))
        .arg(library())
        .arg(mode);
    command.env("RUST_BACKTRACE", "0");
    run_with_timeout(command, Duration::from_secs(60))
}

#[test]
fn python_calls_the_rust_functions_through_ctypes() {
    let out = run_python("calls");
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "fibonacci(50) = 12586269025",
            "count_primes_up_to(100) = 25",
            "counter.get_value() = 2",
            "guarded_index(1) = 20",
            "guarded_index(99) = -1",
        ]
    );
}

#[test]
fn a_panic_reaching_an_extern_c_frame_aborts_the_python_process() {
    let out = run_python("unguarded");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // SIGABRT, not undefined behaviour: Rust ≥ 1.81 aborts when unwinding leaves an extern "C" fn.
    assert_eq!(out.status.signal(), Some(6), "{out:?}");
    assert!(
        stderr.contains("panic in a function that cannot unwind"),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("unguarded_index(99) ="));
}
