//! Every exercise template, as committed, fails to compile the way the lecture predicts: rustc's
//! real output is beside each template (`exercises/<name>.stderr`), and the ledger names the
//! error code it must show. Bless with (the lock: trybuild's project folder is shared)
//! `flock /tmp/trybuild.lock env TRYBUILD=overwrite cargo test -p chapter-01 --test exercises`.
//!
//! Only the committed templates are proofs. A template whose fingerprint differs from the one in
//! exercises.toml is a student's work in progress: it is skipped here (so a fork's `cargo test`
//! does not fail on it), and `cargo xtask test` reports its claim as not run. With
//! `TRYBUILD=overwrite` every template is compiled, to bless a changed one.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::Path;

#[test]
fn exercises() {
    let pristine = pristine_fingerprints(Path::new("exercises/exercises.toml"));
    let blessing = std::env::var_os("TRYBUILD").is_some_and(|v| v == "overwrite");
    let cases = trybuild::TestCases::new();
    let mut templates: Vec<String> = fs::read_dir("exercises")
        .expect("the exercises folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".rs"))
        .collect();
    templates.sort();
    for file in templates {
        let path = format!("exercises/{file}");
        let name = file.trim_end_matches(".rs");
        let actual = fingerprint(&fs::read(&path).expect("a readable template"));
        match pristine.get(name) {
            Some(expected) if *expected != actual && !blessing => {
                // Straight to stderr: libtest captures `eprintln!` of a passing test, and this
                // must be seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "note: {path} is not the committed template (fingerprint {actual}, \
                     exercises.toml says {expected}): skipped. A student's work is not a proof; \
                     `cargo xtask exercise 1 reset {name}` restores the template. If the template \
                     itself changed, bless it and put `pristine = \"{actual}\"` in exercises.toml."
                );
            }
            _ => cases.compile_fail(&path),
        }
    }
}

/// `name` → `pristine` of each `[[exercise]]`. Both are one-line strings (the schema in
/// xtask/src/exercise/mod.rs says so), so this needs no TOML parser, which this crate lacks.
fn pristine_fingerprints(metadata: &Path) -> HashMap<String, String> {
    let text = fs::read_to_string(metadata).unwrap_or_default();
    let mut found = HashMap::new();
    let mut name: Option<String> = None;
    let mut in_multiline = false;
    for line in text.lines() {
        if line.matches("\"\"\"").count() % 2 == 1 {
            in_multiline = !in_multiline;
            continue;
        }
        if in_multiline {
            continue;
        }
        let value = |key: &str| {
            let rest = line
                .trim()
                .strip_prefix(key)?
                .trim_start()
                .strip_prefix('=')?;
            Some(rest.trim().trim_matches('"').to_string())
        };
        if line.trim() == "[[exercise]]" {
            name = None;
        } else if let Some(value) = value("name") {
            name = Some(value);
        } else if let (Some(value), Some(name)) = (value("pristine"), &name) {
            found.insert(name.clone(), value);
        }
    }
    found
}

/// The same fingerprint as `xtask::exercise::fingerprint`: FNV-1a 64 of the text as lines.
fn fingerprint(bytes: &[u8]) -> String {
    let mut text = Vec::with_capacity(bytes.len() + 1);
    let mut bytes = bytes.iter().copied().peekable();
    while let Some(byte) = bytes.next() {
        if !(byte == b'\r' && bytes.peek() == Some(&b'\n')) {
            text.push(byte);
        }
    }
    if text.last().is_some_and(|&b| b != b'\n') {
        text.push(b'\n');
    }
    let hash = text.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("fnv1a64:{hash:016x}")
}
