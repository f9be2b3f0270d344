//! Reading test runners' output: which test passed, which failed, under which test binary.
//! libtest, trybuild and our own harness all print `test <name> ... <outcome>`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    Ignored,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestLine {
    /// `tests/types.rs`, `unittests src/lib.rs`, `doc-tests`, or empty before any `Running` line.
    pub binary: String,
    pub name: String,
    pub outcome: Outcome,
}

/// Test results in the order they were printed.
///
/// A test that prints to stdout while it runs (libtest-mimic captures nothing) splits its line:
/// `test name ... <its own text>`, and the outcome comes later on a line of its own. Such a
/// test waits for that line; if another test or binary starts first, it counts as failed.
pub fn parse<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<TestLine> {
    let mut binary = String::new();
    let mut found = Vec::new();
    let mut pending: Option<TestLine> = None;
    for raw in lines {
        let line = strip_ansi(raw);
        let line = line.trim();
        if let Some(waiting) = pending.as_mut()
            && let Some(outcome) = outcome_of(line)
        {
            waiting.outcome = outcome;
            found.extend(pending.take());
            continue;
        }
        if let Some(rest) = line.strip_prefix("Running ") {
            found.extend(pending.take());
            // `Running tests/ui.rs (target/debug/deps/ui-1234)`
            binary = match rest.rsplit_once(" (") {
                Some((name, _)) => name.to_string(),
                None => rest.to_string(),
            };
        } else if line.starts_with("Doc-tests ") {
            found.extend(pending.take());
            binary = "doc-tests".into();
        } else if let Some(rest) = line.strip_prefix("test ")
            && let Some((name, said)) = rest.rsplit_once(" ... ")
        {
            found.extend(pending.take());
            // libtest marks `#[should_panic]` tests: `test name - should panic ... ok`.
            let name = name.trim();
            let name = name.strip_suffix(" - should panic").unwrap_or(name);
            let mut test = TestLine {
                binary: binary.clone(),
                name: name.to_string(),
                outcome: Outcome::Failed,
            };
            match outcome_of(said.trim()) {
                Some(outcome) => {
                    test.outcome = outcome;
                    found.push(test);
                }
                // trybuild's own words for a failed case.
                None if matches!(said.trim(), "error" | "mismatch" | "wip") => found.push(test),
                None => pending = Some(test),
            }
        }
    }
    found.extend(pending);
    found
}

/// `ok`, `FAILED`, `ignored` (with or without a reason): a line that is only an outcome.
fn outcome_of(text: &str) -> Option<Outcome> {
    match text {
        "ok" => Some(Outcome::Passed),
        "FAILED" => Some(Outcome::Failed),
        o if o == "ignored" || o.starts_with("ignored,") => Some(Outcome::Ignored),
        _ => None,
    }
}

/// Removes terminal colour codes (`ESC [ ... m`), which trybuild may print.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if c == '\u{1b}' && chars.peek() == Some(&'(') {
            // A character-set designation such as `ESC ( B`, which terminfo's sgr0 may emit.
            chars.next();
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_test_that_prints_while_it_runs_gets_the_outcome_of_the_next_line() {
        let found = parse([
            "Running tests/browser.rs (target/debug/deps/browser-1)",
            "test screenshots_are_saved ... screenshots in /tmp/x",
            "ok",
            "test next_one ... ok",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].name, "screenshots_are_saved");
        assert_eq!(found[0].outcome, Outcome::Passed);
        assert_eq!(found[1].outcome, Outcome::Passed);
    }

    #[test]
    fn a_split_line_whose_outcome_never_comes_is_a_failure() {
        let found = parse(["test half ... some text", "test other ... ok"]);
        assert_eq!(found[0].outcome, Outcome::Failed);
        let found = parse(["test last ... some text"]);
        assert_eq!(found[0].outcome, Outcome::Failed);
    }

    #[test]
    fn trybuild_failure_words_fail_at_once() {
        let found = parse(["test tests/ui/a.rs ... mismatch", "ok"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].outcome, Outcome::Failed);
    }

    #[test]
    fn a_should_panic_test_is_named_without_libtests_marker() {
        let found = parse(["test tests::overflow_panics - should panic ... ok"]);
        assert_eq!(found[0].name, "tests::overflow_panics");
        assert_eq!(found[0].outcome, Outcome::Passed);
    }

    use super::*;

    #[test]
    fn colour_and_charset_codes_are_removed() {
        let coloured = "test x ... \u{1b}[32mok\u{1b}(B\u{1b}[m";
        assert_eq!(strip_ansi(coloured), "test x ... ok");
    }

    #[test]
    fn test_lines_are_attributed_to_their_binary() {
        let output = "\
     Running unittests src/lib.rs (target/debug/deps/chapter_01-ab)
test types::tests::x ... ok
     Running tests/ui.rs (target/debug/deps/ui-cd)
\u{1b}[1mtest\u{1b}[0m tests/ui/types/wrong-argument-types.rs ... \u{1b}[32mok\u{1b}[0m
test tests/ui/types/none-for-i64.rs ... mismatch
test ui ... FAILED
   Doc-tests chapter_01
test src/lib.rs - x (line 3) ... ignored";
        let found = parse(output.lines());
        let shown: Vec<(&str, &str, Outcome)> = found
            .iter()
            .map(|t| (t.binary.as_str(), t.name.as_str(), t.outcome))
            .collect();
        assert_eq!(
            shown,
            [
                ("unittests src/lib.rs", "types::tests::x", Outcome::Passed),
                (
                    "tests/ui.rs",
                    "tests/ui/types/wrong-argument-types.rs",
                    Outcome::Passed
                ),
                (
                    "tests/ui.rs",
                    "tests/ui/types/none-for-i64.rs",
                    Outcome::Failed
                ),
                ("tests/ui.rs", "ui", Outcome::Failed),
                ("doc-tests", "src/lib.rs - x (line 3)", Outcome::Ignored),
            ]
        );
    }
}
