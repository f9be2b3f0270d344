//! `cargo xtask run`: a failing twin is reported and the lecture goes on; a note is told once
//! per demo. On a fixture chapter (two tiny demos, no dependencies) and an empty venv.

#![cfg(unix)]

mod fixture;

use std::io::Read;
use std::process::Stdio;

use fixture::{Fixture, text, words};

const LEDGER: &str = r#"
[[claim]]
id = "a/first"
section = "1. First"
says = "the first demo answers"
side = "both"
kind = "runtime"
proof = "the demo"
verdict = "holds"
demo = "first"

[[claim]]
id = "a/second"
section = "2. Second"
says = "the second demo answers twice"
side = "both"
kind = "runtime"
proof = "the demo"
verdict = "refined"
note = "NOTE-TOLD-ONCE"
demo = "second"
"#;

fn rust_demo(name: &str, cases: &[(&str, &str)]) -> String {
    let lines: String = cases
        .iter()
        .map(|(case, claim)| {
            let json = format!(
                r#"{{"demo": "{name}", "case": "{case}", "result": "42", "claim": "{claim}"}}"#
            );
            format!("    println!(\"{{}}\", r#\"{json}\"#);\n")
        })
        .collect();
    format!("fn main() {{\n{lines}}}\n")
}

#[test]
fn a_failing_twin_is_reported_and_the_next_demo_still_runs() {
    let fixture = Fixture::new("run-failing-twin");
    fixture.chapter(1, "x", LEDGER);
    fixture.file(
        "chapters/ch01-x/src/bin/first.rs",
        &rust_demo("first", &[("answer", "a/first")]),
    );
    fixture.file(
        "chapters/ch01-x/src/bin/second.rs",
        &rust_demo("second", &[("once", "a/second"), ("twice", "a/second")]),
    );
    fixture.file("python_equivalents/requirements.txt", "");
    fixture.file(
        "python_equivalents/ch01_x/first.py",
        "raise RuntimeError('the twin broke')\n",
    );
    let second = ["once", "twice"]
        .iter()
        .map(|case| {
            format!(
                "print('{{\"demo\": \"second\", \"case\": \"{case}\", \"result\": \"42\", \"claim\": \"a/second\"}}')\n"
            )
        })
        .collect::<String>();
    // The twin whose live line is looked for. No sleep: the run below sets no quiet before the
    // line (TEXTBOOK_LIVE_AFTER=0) and a job's first heartbeat is at its start, so the line is
    // shown however fast the twin ends, and only if the Python side runs with one.
    fixture.file("python_equivalents/ch01_x/second.py", &second);

    // The first run: the venv made, pip run, the chapter built. With no quiet before the live
    // line, every such step shows one, however fast this machine makes it.
    let done = fixture
        .xtask(&["run", "1"])
        .env("TEXTBOOK_LIVE_AFTER", "0")
        .output()
        .unwrap();
    let (out, err) = (text(&done.stdout), text(&done.stderr));
    assert_eq!(done.status.code(), Some(1), "{out}\n{err}");
    for step in [
        "the creation of the Python environment",
        "pip install",
        "the build of chapter-01",
    ] {
        assert!(
            err.contains(&format!("still running {step}: ")),
            "{step}: {err}"
        );
    }
    let first = out
        .find("━━ first ━━")
        .unwrap_or_else(|| panic!("{out}\n{err}"));
    let second = out
        .find("━━ second ━━")
        .unwrap_or_else(|| panic!("{out}\n{err}"));
    let failure = out
        .find("the Python side failed")
        .unwrap_or_else(|| panic!("{out}\n{err}"));
    assert!(first < failure && failure < second, "{out}");
    assert!(out.contains("RuntimeError: the twin broke"), "{out}");
    // The Rust side's result of the failed demo is still shown.
    assert!(out[first..second].contains("Rust    42"), "{out}");
    // The next demo ran, and agreed.
    assert!(
        out[second..].contains("parity: the two sides agree"),
        "{out}"
    );
    assert!(
        out.contains("1 of 2 demos agree on both sides; a side failed: first"),
        "{out}"
    );
    // While the twin ran, a live line said so (off a terminal: a line on stderr).
    assert!(
        err.contains("still running the Python side of `second`")
            && err.contains("(Ctrl-C to stop)"),
        "{err}"
    );
    // The note of a claim two cases illustrate is told once.
    assert_eq!(out.matches("NOTE-TOLD-ONCE").count(), 1, "{out}");

    // `cargo xtask run 1 | head -0`: the reader is gone before the first result.
    let mut piped = fixture
        .xtask(&["run", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(piped.stdout.take());
    let status = piped.wait().unwrap();
    let mut err = String::new();
    piped
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{err}"
    );
    assert!(matches!(status.code(), Some(1 | 141)), "{status:?}\n{err}");
}

#[test]
fn an_unknown_demo_lists_the_demos_in_lecture_order() {
    let fixture = Fixture::new("run-unknown-demo");
    fixture.chapter(1, "x", LEDGER);
    // Named so that alphabetical order and lecture order differ.
    fixture.file("chapters/ch01-x/src/bin/first.rs", "fn main() {}\n");
    fixture.file("chapters/ch01-x/src/bin/second.rs", "fn main() {}\n");
    fixture.file("chapters/ch01-x/src/bin/a_extra.rs", "fn main() {}\n");
    let done = fixture.run(&["run", "1", "nosuchdemo"]);
    let err = words(&text(&done.stderr));
    assert_eq!(done.status.code(), Some(2), "{err}");
    assert!(
        err.contains("its demos are: first, second, a_extra"),
        "{err}"
    );
}
