//! The student's order: `cargo xtask exercise <ch> <name>` checks that exercise, and the exit
//! status says whether the work is done (0) or not (1), for a script or CI. On a fixture chapter
//! of two exercises with no dependencies.

mod fixture;

use fixture::{Fixture, claim, text, words};

const METADATA: &str = r#"
[[exercise]]
name = "solved"
title = "One already solved"
claim = "a/solved"
pristine = "fnv1a64:0000000000000000"
hint = "nothing to do"

[[exercise]]
name = "unsolved"
title = "One left to do"
claim = "a/unsolved"
pristine = "fnv1a64:0000000000000000"
hint = "give `x` a value"
"#;

const SOLVED: &str = "pub fn x() -> i32 { 1 }\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn one() { assert_eq!(super::x(), 1); }\n}\n";
const UNSOLVED: &str = "// TODO: return 1\npub fn x() -> i32 { }\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn one() { assert_eq!(super::x(), 1); }\n}\n";

fn chapter(name: &str) -> Fixture {
    let fixture = Fixture::new(name);
    let ledger = format!("{}{}", claim("a/solved", "x"), claim("a/unsolved", "y"));
    fixture.chapter(1, "x", &ledger);
    fixture.file("chapters/ch01-x/exercises/exercises.toml", METADATA);
    fixture.file("chapters/ch01-x/exercises/solved.rs", SOLVED);
    fixture.file("chapters/ch01-x/exercises/unsolved.rs", UNSOLVED);
    fixture
}

#[test]
fn one_exercise_is_checked_by_name_and_the_exit_status_says_if_it_is_done() {
    let fixture = chapter("exercise-by-name");
    let all = fixture.run(&["exercise", "1"]);
    let out = text(&all.stdout);
    assert_eq!(all.status.code(), Some(1), "{out}{}", text(&all.stderr));
    assert!(out.contains("1/2 done"), "{out}");
    assert!(out.contains("unsolved") && out.contains("← next"), "{out}");

    let solved = fixture.run(&["exercise", "1", "solved"]);
    let out = text(&solved.stdout);
    assert_eq!(
        solved.status.code(),
        Some(0),
        "{out}{}",
        text(&solved.stderr)
    );
    assert!(
        out.contains("solved") && out.contains("← this one"),
        "{out}"
    );
    assert!(out.contains("It passes"), "{out}");

    let unsolved = fixture.run(&["exercise", "1", "unsolved"]);
    let out = text(&unsolved.stdout);
    assert_eq!(unsolved.status.code(), Some(1), "{out}");
    assert!(out.contains("does not compile"), "{out}");

    fixture.file("chapters/ch01-x/exercises/unsolved.rs", SOLVED);
    let done = fixture.run(&["exercise", "1"]);
    let out = text(&done.stdout);
    assert_eq!(done.status.code(), Some(0), "{out}");
    assert!(out.contains("All done"), "{out}");
}

#[test]
fn an_unknown_exercise_is_a_usage_error() {
    let fixture = chapter("exercise-unknown");
    let done = fixture.run(&["exercise", "1", "nosuch"]);
    let err = words(&text(&done.stderr));
    assert_eq!(done.status.code(), Some(2), "{err}");
    assert!(err.contains("its exercises are: solved, unsolved"), "{err}");
}

/// The `--watch` process, ended when the test ends however it ends.
#[cfg(unix)]
struct Watching(std::process::Child);

#[cfg(unix)]
impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `--watch` shows the exercise being saved, not the first unsolved one, even when it is saved
/// while a check runs; Ctrl-C ends it (130).
#[cfg(unix)]
#[test]
fn watch_follows_the_file_being_saved() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    use std::sync::mpsc;

    let fixture = chapter("exercise-watch");
    let mut watching = Watching(
        fixture
            .xtask(&["exercise", "1", "--watch"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let (tx, rx) = mpsc::channel();
    let stdout = watching.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let (progress_tx, progress) = mpsc::channel();
    let stderr = watching.0.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = progress_tx.send(line);
        }
    });
    // A generous bound, only so that a broken watch fails instead of hanging.
    let next = || {
        rx.recv_timeout(std::time::Duration::from_secs(300))
            .expect("the watch said nothing more")
    };
    // One check's output: the lines up to its "Watching … (Ctrl-C to stop)" line.
    let round = |mut lines: Vec<String>| loop {
        let line = next();
        let done = line.starts_with("Watching");
        lines.push(line);
        if done {
            return lines.join("\n");
        }
    };
    // The first check is compiling `unsolved` (it checked `solved` already): the student saves
    // `solved` now, while the check runs. That save is not lost: the broken `solved` is shown
    // next, not `unsolved`.
    loop {
        let line = progress
            .recv_timeout(std::time::Duration::from_secs(300))
            .expect("the first check never began");
        if line.contains("checking unsolved") {
            break;
        }
    }
    fixture.file("chapters/ch01-x/exercises/solved.rs", UNSOLVED);
    let first = round(Vec::new());
    assert!(
        first.contains("unsolved") && first.contains("← next"),
        "{first}"
    );
    let second = round(Vec::new());
    assert!(
        second.contains("Next: chapters/ch01-x/exercises/solved.rs"),
        "{second}"
    );
    assert!(second.contains("does not compile"), "{second}");

    let pid = rustix::process::Pid::from_raw(watching.0.id() as i32).unwrap();
    rustix::process::kill_process(pid, rustix::process::Signal::INT).unwrap();
    assert_eq!(watching.0.wait().unwrap().code(), Some(130));
}
