//! The lecture's own Rust listings, compiled as printed (tests/programs/ holds them verbatim, the
//! keyword fragments each inside a `fn main`) and run. These claims are about the blocks
//! themselves, so the blocks are the proof. Ledger: `hello/fragments`, `exercise/first-program`.
use std::path::Path;

use chapter_02::tools::{Ran, Scratch, run, tool};

/// Compiles tests/programs/`program` with rustc (edition 2024) and the given flags into a
/// scratch dir, and runs it if it built: (the compiler's output, the program's output).
fn compile_and_run(program: &str, flags: &[&str]) -> (Ran, Option<Ran>) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(program);
    let scratch = Scratch::new("listing").expect("the temp dir is writable");
    let mut args = vec!["--edition", "2024", "-o", "program"];
    args.extend_from_slice(flags);
    args.push(source.to_str().unwrap());
    let built = run(tool("rustc", scratch.path(), &args)).expect("rustc runs");
    let ran = built
        .success
        .then(|| run(tool(scratch.path().join("program"), scratch.path(), &[])).unwrap());
    (built, ran)
}

#[test]
fn every_keyword_listing_compiles_inside_fn_main_with_only_unused_warnings() {
    // `-D warnings -A unused`: an error or any warning outside the `unused` lint group fails.
    let (built, ran) = compile_and_run("lecture-keywords.rs", &["-D", "warnings", "-A", "unused"]);
    assert!(built.success, "{}", built.stderr);
    // The control-flow listing as it runs, with our `value = 2`, `optional_value = Some(7)`,
    // `collection = [10, 20]` and `stack = [1, 2, 3]`: `2 | 3` matches, `if let` unwraps, `loop`
    // breaks at once, `for` visits in order, `while let` pops the last first.
    assert_eq!(
        ran.unwrap().stdout,
        "two or three\n7\n10\n20\nprocessed 3\nprocessed 2\nprocessed 1\n"
    );
    // And the warnings it does give are real: dead code and unused names, nothing else.
    let (plain, _) = compile_and_run("lecture-keywords.rs", &[]);
    assert!(plain.stderr.contains("is never used"), "{}", plain.stderr);
    assert!(plain.stderr.contains("unused variable"), "{}", plain.stderr);
}

#[test]
fn the_lectures_exercise_solution_prints_five_greetings_then_odd() {
    let (built, ran) = compile_and_run("lecture-first-program.rs", &["-D", "warnings"]);
    assert!(built.success, "{}", built.stderr);
    let expected: String = (1..=5)
        .map(|count| format!("Hello, Pythonista! (count: {count})\n"))
        .chain(["Final count 5 is odd\n".to_string()])
        .collect();
    assert_eq!(ran.unwrap().stdout, expected);
}
