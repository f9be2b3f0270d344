//! The book shows the ledger as it is at build time: a verdict changed in `claims.toml` changes
//! the claim's badge in the next build, and moves the claim onto the Errata page.

use std::fs;
use std::path::{Path, PathBuf};

use textbook_book::Options;

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

/// A tree with one chapter of one claim, and the book's configuration.
fn tree(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("textbook-book-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let chapter = root.join("chapters/ch01-demo");
    let put = |path: &Path, text: &str| {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    put(&root.join("README.md"), "# The textbook\n\nA test tree.\n");
    put(
        &chapter.join("Cargo.toml"),
        "[package]\nname = \"chapter-01\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    put(&chapter.join("README.md"), "# Chapter 1 — Demo\n\nProse.\n");
    put(&chapter.join("claims.toml"), CLAIM_HOLDS);
    put(
        &chapter.join("tests/ui/types/number-for-a-name.rs"),
        "fn greet(name: &str) {}\nfn main() { greet(42); }\n",
    );
    put(
        &chapter.join("tests/ui/types/number-for-a-name.stderr"),
        "error[E0308]: mismatched types\n",
    );
    let book = Path::new(env!("CARGO_MANIFEST_DIR"));
    put(
        &root.join("book/book.toml"),
        &fs::read_to_string(book.join("book.toml")).unwrap(),
    );
    for asset in ["textbook.css", "ledger.js"] {
        let text = fs::read_to_string(book.join("assets").join(asset)).unwrap();
        put(&root.join("book/assets").join(asset), &text);
    }
    root
}

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
    let root = tree("verdict");
    let options = Options {
        root: root.clone(),
        out: root.join("out"),
        stubs: root.join("stubs"),
        scratch: root.join("scratch"),
        demos: false,
    };
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
