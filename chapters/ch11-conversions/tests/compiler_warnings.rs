//! Claims about what rustc warns, which a ui test cannot hold (it records only programs that fail
//! to build): each program of tests/programs/ is compiled with rustc (edition 2024) and run.
//! Ledger: try-from/callers-must-handle, user-id/accepts-both, try-from/port.
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout, rustc};

/// rustc's diagnostics for tests/programs/`program`, and the program's stdout (it must build).
fn build_and_run(program: &str) -> (String, String) {
    let scratch = Scratch::new(&format!("ch11-{}", program.trim_end_matches(".rs")));
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let binary = scratch.path().join("program");
    let built = rustc(&source, &binary, &[]);
    let diagnostics = String::from_utf8_lossy(&built.stderr).into_owned();
    assert!(
        built.status.success(),
        "{program} did not build:\n{diagnostics}"
    );
    let ran: Output = run_with_timeout(Command::new(&binary), Duration::from_secs(20));
    assert!(
        ran.status.success(),
        "{}",
        String::from_utf8_lossy(&ran.stderr)
    );
    (
        diagnostics,
        String::from_utf8_lossy(&ran.stdout).into_owned(),
    )
}

/// The headline of every warning (not the "N warnings emitted" summary).
fn warnings(diagnostics: &str) -> Vec<&str> {
    diagnostics
        .lines()
        .filter(|line| line.starts_with("warning: ") && !line.contains("emitted"))
        .collect()
}

#[test]
fn a_dropped_try_from_result_is_only_a_warning_and_let_underscore_silences_it() {
    let (diagnostics, stdout) = build_and_run("unused-port-result.rs");
    assert_eq!(stdout, "8080\n", "{diagnostics}");
    // One warning, for the bare statement; the `let _ =` line adds none.
    assert_eq!(
        warnings(&diagnostics),
        ["warning: unused `Result` that must be used"]
    );
}

#[test]
fn a_field_read_only_by_a_derived_debug_is_warned_as_never_read() {
    let (diagnostics, stdout) = build_and_run("debug-only-field.rs");
    assert_eq!(stdout, "UserId(42) Port(8080)\n", "{diagnostics}");
    // One warning per struct, in source order: UserId's field, then Port's.
    assert_eq!(
        warnings(&diagnostics),
        [
            "warning: field `0` is never read",
            "warning: field `0` is never read"
        ]
    );
    let user_id = diagnostics.find("struct UserId(i64)");
    let port = diagnostics.find("struct Port(u16)");
    assert!(user_id.is_some() && port > user_id, "{diagnostics}");
}
