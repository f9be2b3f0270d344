//! A ledger error is reported once, naming the entry (its id and its line), by every command
//! that reads the ledger: `list` does not accept a ledger `test` would refuse.

mod fixture;

use fixture::{Fixture, claim, text, words};

fn refused(fixture: &Fixture, args: &[&str]) -> String {
    let done = fixture.run(args);
    let err = text(&done.stderr);
    assert_eq!(done.status.code(), Some(1), "{args:?}: {err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{err}"
    );
    assert!(!err.contains("<chapter>"), "{err}");
    // Wrapped to the width: compared as words.
    words(&err)
}

#[test]
fn a_repeated_id_is_named_with_both_lines_by_list_and_claims() {
    let fixture = Fixture::new("ledger-duplicate");
    let ledger = format!(
        "{}{}{}",
        claim("a/one", "x"),
        claim("a/two", "y"),
        claim("a/one", "z")
    );
    fixture.chapter(1, "x", &ledger);
    for args in [&["list"][..], &["claims", "1"], &["run", "1"]] {
        let err = refused(&fixture, args);
        assert!(
            err.contains("chapters/ch01-x/claims.toml:19: claim `a/one` repeats the id of the claim at line 1"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_missing_field_is_named_with_the_entry_and_its_line() {
    let fixture = Fixture::new("ledger-missing-field");
    let broken = claim("a/two", "y").replace("verdict = \"holds\"\n", "");
    fixture.chapter(1, "x", &format!("{}{broken}", claim("a/one", "x")));
    let err = refused(&fixture, &["list"]);
    assert!(
        err.contains("chapters/ch01-x/claims.toml:10: claim `a/two`: missing field `verdict`"),
        "{err}"
    );
}
