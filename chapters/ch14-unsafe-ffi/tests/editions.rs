//! The two errata are the edition's, not the code's: the very files the ui tests show refused
//! under edition 2024 (our reproductions of the lecture's two blocks) compile under edition 2021
//! and print the lecture's 42. Ledger: `unsafe/extern-block`, `ffi/no-mangle-unsafe`, `unsafe/libc-abs`.
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use textbook_harness::{Scratch, run_with_timeout};

/// Builds `tests/ui/unsafe/<name>.rs` with `rustc --edition 2021` and returns what it prints.
fn run_under_edition_2021(name: &str) -> String {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/ui/unsafe/{name}.rs"));
    let scratch = Scratch::new("ch14-edition-2021");
    let binary = scratch.path().join(name);
    // Not textbook_harness::rustc, which fixes edition 2024: the point is the older edition.
    let mut rustc = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    rustc
        .args(["--edition", "2021", "-o"])
        .arg(&binary)
        .arg(&source);
    let built = run_with_timeout(rustc, Duration::from_secs(120));
    assert!(
        built.status.success(),
        "{name} under edition 2021: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let ran = run_with_timeout(Command::new(&binary), Duration::from_secs(30));
    assert!(ran.status.success(), "{ran:?}");
    String::from_utf8_lossy(&ran.stdout).into_owned()
}

#[test]
fn the_lectures_bare_extern_block_compiles_under_2021_and_prints_42() {
    assert_eq!(run_under_edition_2021("extern-block-not-unsafe"), "42\n");
}

#[test]
fn the_lectures_bare_no_mangle_compiles_under_2021_and_returns_42() {
    assert_eq!(run_under_edition_2021("no-mangle-without-unsafe"), "42\n");
}
