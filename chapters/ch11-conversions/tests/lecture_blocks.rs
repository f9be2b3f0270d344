//! The lecture's Rust blocks, compiled as printed by rustc (tests/programs/ holds them, each with
//! the `main` it needs) and run: these claims are about the blocks themselves. Ledger:
//! from-into/block-as-printed, user-id/accepts-both, try-from/port, strings/block-as-printed, chain/rust-as-printed,
//! exercise/temperature-solution, try-from/callers-must-handle.
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout, rustc};

/// rustc's output for tests/programs/`program` (edition 2024), and the program's stdout when it
/// built.
fn compile_and_run(program: &str) -> (String, Option<String>) {
    let scratch = Scratch::new(&format!("ch11-{}", program.trim_end_matches(".rs")));
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let binary = scratch.path().join("program");
    let built = rustc(&source, &binary, &[]);
    let diagnostics = text(&built.stderr);
    if !built.status.success() {
        return (diagnostics, None);
    }
    let ran: Output = run_with_timeout(Command::new(&binary), Duration::from_secs(20));
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    (diagnostics, Some(text(&ran.stdout)))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The first line of every warning rustc printed.
fn warnings(diagnostics: &str) -> Vec<&str> {
    diagnostics
        .lines()
        .filter(|line| line.starts_with("warning: ") && !line.contains("emitted"))
        .collect()
}

#[test]
fn the_from_into_block_as_printed_has_statements_outside_any_function() {
    let (diagnostics, stdout) = compile_and_run("lecture-from-into.rs");
    assert_eq!(stdout, None);
    assert!(
        diagnostics.starts_with("error: expected item, found keyword `let`"),
        "{diagnostics}"
    );
}

#[test]
fn the_user_id_block_accepts_an_i64_and_a_user_id() {
    let (diagnostics, stdout) = compile_and_run("lecture-user-id.rs");
    assert_eq!(
        stdout.as_deref(),
        Some("Some(\"User #UserId(42)\")\nSome(\"User #UserId(42)\")\n"),
        "{diagnostics}"
    );
    assert_eq!(warnings(&diagnostics), ["warning: field `0` is never read"]);
}

#[test]
fn the_port_block_gives_ok_port_8080_and_err_zero() {
    let (diagnostics, stdout) = compile_and_run("lecture-port.rs");
    assert_eq!(
        stdout.as_deref(),
        Some("Ok(Port(8080))\nErr(Zero)\n"),
        "{diagnostics}"
    );
    assert_eq!(warnings(&diagnostics), ["warning: field `0` is never read"]);
}

#[test]
fn the_string_block_compiles_with_only_unused_variable_warnings_and_prints_1_2() {
    let (diagnostics, stdout) = compile_and_run("lecture-strings.rs");
    assert_eq!(stdout.as_deref(), Some("(1, 2)\n(1, 2)\n"), "{diagnostics}");
    let found = warnings(&diagnostics);
    assert_eq!(found.len(), 9, "{diagnostics}");
    assert!(
        found
            .iter()
            .all(|w| w.starts_with("warning: unused variable")),
        "{diagnostics}"
    );
}

#[test]
fn the_parse_config_program_connects_to_localhost_8080() {
    let (diagnostics, stdout) = compile_and_run("lecture-parse-config.rs");
    assert_eq!(diagnostics, "");
    assert_eq!(stdout.as_deref(), Some("Connecting to localhost:8080\n"));
}

#[test]
fn the_temperature_solution_prints_both_lines() {
    let (diagnostics, stdout) = compile_and_run("lecture-temperature.rs");
    assert_eq!(diagnostics, "");
    assert_eq!(
        stdout.as_deref(),
        Some("100.00°C = 212.00°F = 373.15K\nError: temperature below absolute zero\n")
    );
}

#[test]
fn a_dropped_try_from_result_is_only_a_warning_and_let_underscore_silences_it() {
    let (diagnostics, stdout) = compile_and_run("unused-port-result.rs");
    assert_eq!(stdout.as_deref(), Some("8080\n"), "{diagnostics}");
    // One warning, for the bare statement; the `let _ =` line adds none.
    assert_eq!(
        warnings(&diagnostics),
        ["warning: unused `Result` that must be used"]
    );
}
