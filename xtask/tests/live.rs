//! The lecturer's terminal: every slow step has its live "still running … (Ctrl-C to stop)"
//! line. `TEXTBOOK_LIVE_AFTER=0` shows it at the first beat, so each step that has one shows it
//! however fast this machine runs the step; a step without one shows nothing.

#![cfg(unix)]

mod fixture;

use std::fs;
use std::path::PathBuf;

use fixture::{Fixture, claim, text};

/// A file the shell runs, executable.
fn script(fixture: &Fixture, name: &str, body: &str) -> PathBuf {
    let path = fixture.file(name, &format!("#!/bin/sh\n{body}"));
    let mut perms = fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&path, perms).unwrap();
    path
}

/// The cargo that runs this test, for what the fake leaves to the real one (`cargo metadata`).
fn real_cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

#[test]
fn each_package_cargo_test_of_xtask_test_has_a_live_line() {
    let fixture = Fixture::new("live-test");
    fixture.chapter(1, "x", &claim("a/b", "x"));
    // No package is built: `cargo test` answers at once, as libtest would for one passing test,
    // and says which package it was asked for, and for which chapters (the xtask must name the
    // same ones).
    let cargo = script(
        &fixture,
        "fake-cargo",
        "if [ \"$1\" = test ]; then\n  \
           echo \"     Running unittests src/lib.rs (target/debug/deps/$3-0)\"\n  \
           echo \"test of_$3_${TEXTBOOK_CHAPTERS:-all} ... ok\"\n  exit 0\nfi\nexec \"$REAL_CARGO\" \"$@\"\n",
    );
    let done = fixture
        .xtask(&["test"])
        .env("CARGO", &cargo)
        .env("REAL_CARGO", real_cargo())
        .env("TEXTBOOK_LIVE_AFTER", "0")
        .output()
        .unwrap();
    let (out, err) = (text(&done.stdout), text(&done.stderr));
    assert!(done.status.success(), "{out}\n{err}");
    // Every step of the whole run: the chapter, its checks, the platform (with the Python side's
    // shared code, which the checks test alone), the book.
    let steps = [
        ("chapter-01", "all"),
        ("textbook-checks", "1"),
        ("xtask", "all"),
        ("textbook-report", "all"),
        ("textbook-harness", "all"),
        ("textbook-checks", "platform"),
        ("textbook-book", "all"),
    ];
    let mut at = 0;
    for (package, chapters) in steps {
        let said = format!("test of_{package}_{chapters} ... ok");
        at += out[at..]
            .find(&said)
            .unwrap_or_else(|| panic!("{said}:\n{out}"));
        let line = format!("still running `cargo test --package {package}`: ");
        let times = steps.iter().filter(|(p, _)| *p == package).count();
        assert_eq!(err.matches(&line).count(), times, "{package}:\n{err}");
    }
    assert!(err.contains("(Ctrl-C to stop)"), "{err}");
    let last = out.lines().last().unwrap_or_default();
    assert_eq!(last, format!("{} passed, 0 failed", steps.len()), "{out}");
}

const EXERCISES: &str = r#"
[[exercise]]
name = "uses_a_crate"
title = "One that links a crate of the chapter's"
claim = "a/b"
pristine = "fnv1a64:0000000000000000"
hint = "call `helper::one`"
crates = ["helper"]
"#;

const USES_A_CRATE: &str = "pub fn x() -> i32 { helper::one() }\n#[cfg(test)]\nmod tests {\n    \
    #[test]\n    fn one() { assert_eq!(super::x(), 1); }\n}\n";

#[test]
fn the_first_build_of_an_exercises_crates_has_a_live_line() {
    let fixture = Fixture::new("live-exercise");
    let dir = fixture.chapter(1, "x", &claim("a/b", "x"));
    // A crate of the chapter's own, by path: a build of two tiny crates, with no network.
    fixture.file(
        "crates/helper/Cargo.toml",
        "[package]\nname = \"helper\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    fixture.file("crates/helper/src/lib.rs", "pub fn one() -> i32 { 1 }\n");
    fs::write(
        dir.join("Cargo.toml"),
        "[package]\nname = \"chapter-01\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [dependencies]\nhelper = { path = \"../../crates/helper\" }\n",
    )
    .unwrap();
    fixture.file("chapters/ch01-x/exercises/exercises.toml", EXERCISES);
    fixture.file("chapters/ch01-x/exercises/uses_a_crate.rs", USES_A_CRATE);

    let done = fixture
        .xtask(&["exercise", "1"])
        .env("TEXTBOOK_LIVE_AFTER", "0")
        .output()
        .unwrap();
    let (out, err) = (text(&done.stdout), text(&done.stderr));
    // The crate was built and linked: the exercise passes.
    assert_eq!(done.status.code(), Some(0), "{out}\n{err}");
    assert!(out.contains("All done"), "{out}\n{err}");
    assert!(
        err.contains("still running the build of chapter-01: ") && err.contains("(Ctrl-C to stop)"),
        "{err}"
    );
}
