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

/// A ledger of five claims: three shown by two demos, two by none; 2 hold, 2 refined, 1 erratum.
fn counted_chapter(fixture: &Fixture) {
    let entry = |id: &str, verdict: &str, demo: Option<&str>| {
        let note = if verdict == "holds" {
            String::new()
        } else {
            "note = \"what is true\"\n".to_string()
        };
        let demo = demo.map_or(String::new(), |d| format!("demo = \"{d}\"\n"));
        format!(
            "[[claim]]\nid = \"{id}\"\nsection = \"1. S\"\nsays = \"x\"\nside = \"rust\"\n\
             kind = \"cited\"\nproof = \"the lecture\"\nverdict = \"{verdict}\"\n{note}{demo}\n"
        )
    };
    let ledger = [
        entry("a/one", "holds", Some("first")),
        entry("a/two", "refined", Some("first")),
        entry("a/three", "erratum", Some("second")),
        entry("a/four", "holds", None),
        entry("a/five", "refined", None),
    ]
    .concat();
    fixture.chapter(1, "x", &ledger);
    for demo in ["first", "second"] {
        fixture.file(
            &format!("chapters/ch01-x/src/bin/{demo}.rs"),
            "fn main() {}\n",
        );
        fixture.file(&format!("python_equivalents/ch01_x/{demo}.py"), "");
    }
}

#[test]
fn list_and_claims_count_each_claim_once_in_one_vocabulary_and_the_parts_add_up() {
    let fixture = Fixture::new("totals");
    counted_chapter(&fixture);
    let list = words(&text(&fixture.run(&["list"]).stdout));
    let claims = words(&text(&fixture.run(&["claims", "1"]).stdout));
    let total = "5 claims: 2 hold, 2 refined, 1 erratum";
    assert!(list.contains(total), "{list}");
    assert!(claims.contains(total), "{claims}");
    // The demos' counts and the claims no demo shows add up to the chapter's total.
    assert!(list.contains("first 2 claims"), "{list}");
    assert!(list.contains("second 1 claim "), "{list}");
    assert!(list.contains("and 2 claims no demo shows"), "{list}");
}

#[test]
fn list_asks_the_terminal_its_width() {
    // A real terminal (a pseudo-terminal made by util-linux's `script`) of 60 columns, and no
    // COLUMNS: only asking the terminal can give 60 (the fallback is 80).
    let fixture = Fixture::new("terminal-width");
    wordy_chapter(&fixture);
    let inner = format!(
        "stty cols 60 rows 40; exec {} list",
        env!("CARGO_BIN_EXE_xtask")
    );
    let done = std::process::Command::new("script")
        .args(["-qec", &inner, "/dev/null"])
        .current_dir(&fixture.root)
        .env_remove("COLUMNS")
        .env_remove("CARGO_MANIFEST_DIR")
        .env("NO_COLOR", "1")
        .output()
        .expect("util-linux's `script` (Debian: bsdutils) runs the xtask in a terminal");
    let shown = text(&done.stdout).replace('\r', "");
    assert!(done.status.success(), "{shown}");
    assert!(shown.contains("philosophy"), "{shown}");
    assert!(widest(&shown) <= 60, "at 60:\n{shown}");
    assert!(widest(&shown) > 40, "wrapped narrower than asked:\n{shown}");
}
