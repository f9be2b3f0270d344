//! What rustc does with a `Result` nobody looks at, with its default lint levels: the programs
//! of tests/programs/ are compiled as they are, with no `deny` (a ui test can only record
//! errors, so it cannot show that a warning alone lets the program build). Ledger:
//! results/handling-required.
use std::path::Path;
use std::process::Output;

use chapter_09::scratch::Scratch;

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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
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
