//! What a person reads: every line of `list` and `claims` fits the terminal's width (80 when
//! the output is not a terminal), and `claims` is one line per claim unless asked for more.

mod fixture;

use fixture::{Fixture, text, words};

/// A ledger with the long ids, sentences and proof names the real one has.
fn wordy_chapter(fixture: &Fixture) {
    let mut ledger = String::new();
    for i in 0..5 {
        ledger.push_str(&format!(
            "[[claim]]\nid = \"philosophy/no-implicit-conversion-{i}\"\nsection = \"7. Philosophy\"\n\
             says = \"{}\"\nside = \"both\"\nkind = \"runtime\"\n\
             proof = [\"python_equivalents/ch01_x/test_memory.py::test_the_running_collector_frees_the_cycle_when_unrelated_allocations_trigger_it\", \"chapters/ch01-x/tests/memory.rs::a_weak_parent_pointer_lets_the_pair_be_freed_at_the_end_of_its_scope\"]\n\
             verdict = \"refined\"\nnote = \"{}\"\ndemo = \"philosophy\"\n\n",
            "Rust makes no implicit conversions, and says so at length. ".repeat(4),
            "What is actually true, with `code` and → arrows and é accents. ".repeat(5),
        ));
    }
    fixture.chapter(1, "x", &ledger);
    fixture.file("chapters/ch01-x/src/bin/philosophy.rs", "fn main() {}\n");
    fixture.file("python_equivalents/ch01_x/philosophy.py", "");
}

fn widest(output: &str) -> usize {
    output.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn list_and_claims_fit_80_columns_off_a_terminal_and_the_columns_asked_for() {
    let fixture = Fixture::new("width");
    wordy_chapter(&fixture);
    for args in [
        &["list"][..],
        &["claims", "1"],
        &["claims", "1", "--verbose"],
        &["claims", "1", "philosophy/no-implicit-conversion-3"],
    ] {
        let default = fixture.run(args);
        let shown = text(&default.stdout);
        assert!(
            default.status.success(),
            "{args:?}: {}",
            text(&default.stderr)
        );
        assert!(widest(&shown) <= 80, "{args:?} at 80:\n{shown}");
        let wide = fixture.xtask(args).env("COLUMNS", "120").output().unwrap();
        let shown = text(&wide.stdout);
        assert!(widest(&shown) <= 120, "{args:?} at 120:\n{shown}");
    }
}

#[test]
fn claims_is_one_line_per_claim_and_shows_one_claim_in_full_on_request() {
    let fixture = Fixture::new("compact");
    wordy_chapter(&fixture);
    let table = text(&fixture.run(&["claims", "1"]).stdout);
    let rows = table
        .lines()
        .filter(|l| l.starts_with("philosophy/"))
        .count();
    assert_eq!(rows, 5, "{table}");
    assert!(!table.contains("What is actually true"), "{table}");

    let one = text(
        &fixture
            .run(&["claims", "1", "philosophy/no-implicit-conversion-3"])
            .stdout,
    );
    assert!(one.contains("What is actually true"), "{one}");
    assert!(one.contains("test_the_running_collector"), "{one}");
    assert!(!one.contains("conversion-2"), "{one}");
}

#[test]
fn an_unknown_claim_is_a_usage_error() {
    let fixture = Fixture::new("unknown-claim");
    wordy_chapter(&fixture);
    let done = fixture.run(&["claims", "1", "no/such-claim"]);
    let stderr = words(&text(&done.stderr));
    assert_eq!(done.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no claim `no/such-claim`"), "{stderr}");
}
