//! The lecture's std-only Rust blocks, compiled as printed by rustc (tests/programs/ holds them
//! verbatim, each with the `main` it needs) and run: these claims are about the blocks
//! themselves. Ledger: qm/propagates-like-exceptions, qm/first-line-not-stripped,
//! exercise/parse-port, results/handling-required.
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use chapter_09::scratch::Scratch;
use textbook_harness::run_with_timeout;

/// Compiles tests/programs/`program` with rustc (edition 2024) and `flags` into `dir`:
/// rustc's output, and the program's path if it built.
fn compile(program: &str, flags: &[&str], dir: &Path) -> (Output, Option<std::path::PathBuf>) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let binary = dir.join(program.trim_end_matches(".rs"));
    let built = textbook_harness::rustc(&source, &binary, flags);
    let ok = built.status.success();
    (built, ok.then_some(binary))
}

fn run_in(binary: &Path, dir: &Path) -> String {
    let mut command = Command::new(binary);
    command.current_dir(dir);
    let output = run_with_timeout(command, Duration::from_secs(20));
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_lectures_greet_returns_before_printing_and_keeps_the_spaces() {
    let scratch = Scratch::new("greet-block").unwrap();
    let (built, binary) = compile("lecture-greet.rs", &["-D", "warnings"], scratch.path());
    let binary = binary.unwrap_or_else(|| panic!("{}", stderr(&built)));
    // No config.txt: `?` returns the io::Error before the println! runs.
    assert_eq!(
        run_in(&binary, scratch.path()),
        "greet returned Err(NotFound)\n"
    );
    scratch.file("config.txt", "alice\nbob\n").unwrap();
    assert_eq!(run_in(&binary, scratch.path()), "Hello, alice!\n");
    // `lines()` drops the line ending and nothing else: Python's `strip()` would give "alice".
    scratch.file("config.txt", "  alice  \r\nbob").unwrap();
    assert_eq!(run_in(&binary, scratch.path()), "Hello,   alice  !\n");
}

#[test]
fn the_lectures_parse_port_solution_prints_four_lines() {
    let scratch = Scratch::new("parse-port-block").unwrap();
    let (built, binary) = compile("lecture-parse-port.rs", &["-D", "warnings"], scratch.path());
    let binary = binary.unwrap_or_else(|| panic!("{}", stderr(&built)));
    assert_eq!(
        run_in(&binary, scratch.path()),
        "❌ \"\" → empty input\n\
         ❌ \"hello\" → invalid number: invalid digit found in string\n\
         ❌ \"80\" → port 80 is privileged\n\
         ✅ 8080 → 8080\n"
    );
}

#[test]
fn an_unused_result_is_only_a_warning_and_let_underscore_silences_it() {
    let scratch = Scratch::new("unused-result").unwrap();
    let (built, binary) = compile("unused-result.rs", &[], scratch.path());
    assert!(binary.is_some(), "{}", stderr(&built));
    assert!(
        stderr(&built).starts_with("warning: unused `Result` that must be used"),
        "{}",
        stderr(&built)
    );
    let (built, binary) = compile("unused-result-let-underscore.rs", &[], scratch.path());
    assert!(binary.is_some(), "{}", stderr(&built));
    assert_eq!(stderr(&built), "");
}
