//! What the tools say, run for real: clippy-driver (clippy 1.95) on small files, and `dbg!`'s
//! output from a program compiled by rustc. Ledger: `habits/clippy-*`, `review/clippy-*`,
//! `pitfalls/dbg-output`.
use std::process::Command;
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout, rustc};

/// clippy-driver is rustc with clippy's lints; `--emit=metadata` skips codegen (fast).
fn clippy(label: &str, source: &str) -> String {
    let scratch = Scratch::new(label);
    scratch.write("main.rs", source);
    let mut command = Command::new("clippy-driver");
    command
        .args([
            "--edition",
            "2024",
            "--emit=metadata",
            "--crate-type=bin",
            "-o",
        ])
        .arg(scratch.path().join("out"))
        .arg(scratch.path().join("main.rs"));
    let output = run_with_timeout(command, Duration::from_secs(120));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const INDEX_LOOP: &str = "fn main() {
    let v = [1, 2, 3];
    let mut total = 0;
    for i in 0..v.len() {
        total += v[i];
    }
    println!(\"{total}\");
}
";

// The code under review in the lecture's exercise ("Exercise: Code Review Checklist",
// ../shared/course/ch16-best-practices.md line 285), in our own lines with each of its habits
// kept: an owned Vec and a signed index in, the bounds checked by hand, a clone out, an empty
// string for "missing", both branches ending in `return`, and in `main` a `result` assigned
// before it is used and a cloned Vec passed. Those habits are all that clippy and rustc judge.
const GET_NAME_AS_WRITTEN: &str = "fn get_name(names: Vec<String>, index: i32) -> String {
    if index < 0 || (index as usize) >= names.len() {
        return String::new();
    } else {
        return names[index as usize].clone();
    }
}

fn main() {
    let mut result = String::new();
    let names = vec![String::from(\"Ada\"), String::from(\"Grace\")];
    result = get_name(names.clone(), 1);
    println!(\"{result}\");
}
";

/// Pitfall 4's `dbg!` of a Vec of upper-cased words (../shared/course/ch16-best-practices.md
/// line 159), in our own program: `dbg!(&result)` sits on line 6, column 5.
const DBG_PROGRAM: &str = "fn main() {
    let words = \"hello world\".split(' ');
    let result: Vec<String> = words
        .map(str::to_uppercase)
        .collect();
    dbg!(&result);
}
";

/// Pitfall 4's "REPL" test, `playground`, in our own lines: a passing test that calls `dbg!`.
const DBG_TEST: &str = "#[test]
fn playground() {
    let result: Vec<String> = \"hello world\".split(' ').map(str::to_uppercase).collect();
    dbg!(&result);
}
";

/// The lint names in clippy's `for further information` links, in order.
fn lints(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|line| line.split_once("index.html#").map(|(_, lint)| lint))
        .collect()
}

#[test]
fn clippy_flags_an_index_loop_as_needless_range_loop() {
    let stderr = clippy("ch16-index-loop", INDEX_LOOP);
    assert!(
        stderr.contains("the loop variable `i` is only used to index `v`"),
        "{stderr}"
    );
    assert_eq!(lints(&stderr), ["needless_range_loop"]);
}

#[test]
fn clippy_on_the_review_code_flags_only_the_returns() {
    let stderr = clippy("ch16-review", GET_NAME_AS_WRITTEN);
    assert_eq!(
        lints(&stderr),
        ["needless_return", "needless_return"],
        "{stderr}"
    );
    // rustc itself, not clippy, sees that the first, empty `result` is never read.
    assert!(
        stderr.contains("value assigned to `result` is never read"),
        "{stderr}"
    );
}

#[test]
fn clippy_pedantic_adds_the_owned_vec_parameter() {
    let source = format!("#![warn(clippy::pedantic)]\n{GET_NAME_AS_WRITTEN}");
    let stderr = clippy("ch16-review-pedantic", &source);
    let found = lints(&stderr);
    assert!(found.contains(&"needless_pass_by_value"), "{stderr}");
}

#[test]
fn dbg_prints_file_line_column_and_pretty_debug_to_stderr() {
    let scratch = Scratch::new("ch16-dbg");
    scratch.write("main.rs", DBG_PROGRAM);
    let source = scratch.path().join("main.rs");
    let binary = scratch.path().join("dbg");
    let built = rustc(&source, &binary, &[]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let run = run_with_timeout(Command::new(&binary), Duration::from_secs(30));
    assert!(run.stdout.is_empty(), "dbg! writes nothing to stdout");
    let stderr = String::from_utf8_lossy(&run.stderr);
    let expected = "main.rs:6:5] &result = [\n    \"HELLO\",\n    \"WORLD\",\n]\n";
    assert!(stderr.ends_with(expected), "{stderr}");
}

#[test]
fn clippy_1_95_has_hundreds_of_lints_479_on_by_default() {
    let mut command = Command::new("clippy-driver");
    command.args(["-W", "help"]);
    let output = run_with_timeout(command, Duration::from_secs(60));
    let text = String::from_utf8_lossy(&output.stdout);
    let mut levels = std::collections::HashMap::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        if let (Some(name), Some(level)) = (words.next(), words.next())
            && name.starts_with("clippy::")
            && ["allow", "warn", "deny"].contains(&level)
        {
            *levels.entry(level).or_insert(0) += 1;
        }
    }
    let (warn, deny, allow) = (levels["warn"], levels["deny"], levels["allow"]);
    assert_eq!((warn, deny, allow), (411, 68, 327), "{levels:?}");
    assert_eq!(warn + deny, 479, "on by default");
}

/// The lecture's "REPL" test, compiled with `rustc --test`: libtest captures what a passing
/// test writes, `dbg!` included, unless the run says `--nocapture`.
#[test]
fn dbg_in_a_passing_test_is_captured_unless_nocapture() {
    let scratch = Scratch::new("ch16-dbg-test");
    scratch.write("lib.rs", DBG_TEST);
    let binary = scratch.path().join("tests");
    let built = rustc(&scratch.path().join("lib.rs"), &binary, &["--test"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let run = |extra: &[&str]| {
        let mut command = Command::new(&binary);
        command.arg("playground").args(extra);
        let output = run_with_timeout(command, Duration::from_secs(30));
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr)
    };
    assert!(!run(&[]).contains("HELLO"), "captured: nothing shown");
    assert!(run(&["--nocapture"]).contains("&result = [\n    \"HELLO\","));
}
