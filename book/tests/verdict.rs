//! The book shows the ledger as it is at build time: a verdict changed in `claims.toml` changes
//! the claim's badge in the next build, and moves the claim onto the Errata page.

mod common;

use std::fs;

use common::{options, tree};

const CLAIM_HOLDS: &str = r#"
[[claim]]
id = "types/number-for-a-name"
section = "1. Types"
says = "Passing a number where a name is expected does not compile."
side = "rust"
kind = "compile-fail"
proof = "chapters/ch01-demo/tests/ui/types/number-for-a-name.rs"
expect = "E0308"
verdict = "holds"
"#;

/// The verdict the page's block for the claim carries, and its badge's text.
fn shown_verdict(html: &str) -> Option<(String, String)> {
    let block = html
        .split("data-claim=\"ch01-demo/types/number-for-a-name\"")
        .nth(1)?;
    let verdict = block.split("data-verdict=\"").nth(1)?.split('"').next()?;
    let badge = block.split("class=\"badge verdict ").nth(1)?;
    let badge = badge.split('>').nth(1)?.split('<').next()?;
    Some((verdict.to_string(), badge.to_string()))
}

#[test]
fn a_verdict_changed_in_claims_toml_changes_its_badge_in_the_next_build() {
    let root = tree("verdict", CLAIM_HOLDS);
    let options = options(&root);
    let page = |built: &textbook_book::Built, name: &str| {
        fs::read_to_string(built.out.join(name)).unwrap()
    };

    let built = textbook_book::build(&options).unwrap();
    let before = page(&built, "ch01-demo.html");
    assert_eq!(
        shown_verdict(&before),
        Some(("holds".into(), "holds".into()))
    );
    assert!(
        before.contains("error[E0308]: mismatched types"),
        "the .stderr is shown"
    );
    assert!(!page(&built, "errata.html").contains("data-claim=\"ch01-demo/"));

    let erratum = CLAIM_HOLDS.replace(
        "verdict = \"holds\"",
        "verdict = \"erratum\"\nnote = \"It does not compile, but for another reason.\"",
    );
    fs::write(root.join("chapters/ch01-demo/claims.toml"), erratum).unwrap();
    let built = textbook_book::build(&options).unwrap();
    let after = page(&built, "ch01-demo.html");
    assert_eq!(
        shown_verdict(&after),
        Some(("erratum".into(), "erratum".into()))
    );
    assert!(
        after.contains("but for another reason"),
        "the note is shown"
    );
    assert!(
        page(&built, "errata.html").contains("data-claim=\"ch01-demo/types/number-for-a-name\"")
    );
    fs::remove_dir_all(&root).unwrap();
}
