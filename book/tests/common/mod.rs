//! A tree of one chapter for the book's tests, and the options that build it without demos.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use textbook_book::Options;

/// A tree with one chapter of one claim, and the book's configuration.
pub fn tree(name: &str, claims: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("textbook-book-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let chapter = root.join("chapters/ch01-demo");
    put(&root.join("README.md"), "# The textbook\n\nA test tree.\n");
    put(
        &chapter.join("Cargo.toml"),
        "[package]\nname = \"chapter-01\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    put(&chapter.join("README.md"), "# Chapter 1 — Demo\n\nProse.\n");
    put(&chapter.join("claims.toml"), claims);
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

/// Writes `text` to `path`, making its folder.
pub fn put(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Builds the book of the tree at `root` inside it, without running demos.
pub fn options(root: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        out: root.join("out"),
        stubs: root.join("stubs"),
        scratch: root.join("scratch"),
        demos: false,
    }
}
