//! `cargo xtask sync`: the README's ledger table is written between its markers, once; a README
//! without them is refused, naming the file and the lines to add.

mod fixture;

use fixture::{Fixture, claim, text, words};
use xtask::check::{README_END, README_START};

#[test]
fn the_ledger_table_is_written_between_the_markers_and_then_left_alone() {
    let fixture = Fixture::new("sync-table");
    fixture.chapter(9, "x", &claim("a/one", "the one claim"));
    let readme = fixture.file(
        "chapters/ch09-x/README.md",
        &format!("# Chapter 9\n\n{README_START}\nstale\n{README_END}\n\nAfter.\n"),
    );

    let first = fixture.run(&["sync", "9"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("Updated the ledger table in chapters/ch09-x/README.md"),
        "{}",
        text(&first.stdout)
    );
    let written = std::fs::read_to_string(&readme).unwrap();
    assert!(written.starts_with("# Chapter 9\n\n"), "{written}");
    assert!(
        written.ends_with(&format!("{README_END}\n\nAfter.\n")),
        "{written}"
    );
    assert!(written.contains("a/one"), "{written}");
    assert!(!written.contains("stale"), "{written}");

    let again = fixture.run(&["sync", "9"]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(text(&again.stdout), "");
    assert_eq!(std::fs::read_to_string(&readme).unwrap(), written);
}

#[test]
fn a_readme_without_the_markers_is_refused_and_named() {
    let fixture = Fixture::new("sync-no-marker");
    fixture.chapter(9, "x", &claim("a/one", "the one claim"));
    fixture.file("chapters/ch09-x/README.md", "# Chapter 9\n");

    let done = fixture.run(&["sync", "9"]);
    assert!(!done.status.success());
    let stderr = words(&text(&done.stderr));
    assert!(
        stderr.contains("chapters/ch09-x/README.md has no ledger marker"),
        "{stderr}"
    );
    assert!(stderr.contains(&words(README_START)), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(fixture.root.join("chapters/ch09-x/README.md")).unwrap(),
        "# Chapter 9\n"
    );
}
