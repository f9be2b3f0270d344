//! The exercise templates as proofs. Each committed template (`exercises/<name>.rs`) must fail to
//! compile the way its `.stderr` records; the ledger names the error code it must show.
//!
//! Only the committed templates are proofs. A template whose fingerprint differs from the
//! `pristine` one in `exercises/exercises.toml` is a student's work in progress: it is skipped
//! (a fork's `cargo test` must not fail on it), and `cargo xtask test` reports its claim as not
//! run. With `TRYBUILD=overwrite` every template is compiled, to bless a changed one.

use std::fs;
use std::io::Write;
use std::path::Path;

use serde::Deserialize;

/// What the harness needs of one `[[exercise]]` (the full schema: xtask/src/exercise/mod.rs).
#[derive(Debug, Clone, Deserialize)]
struct ExerciseMeta {
    name: String,
    pristine: String,
}

#[derive(Deserialize)]
struct Metadata {
    #[serde(default)]
    exercise: Vec<ExerciseMeta>,
}

/// The exercises a metadata file lists, in its order.
fn read_exercises(metadata: &Path) -> Result<Vec<ExerciseMeta>, String> {
    let text = fs::read_to_string(metadata)
        .map_err(|e| format!("cannot read {}: {e}", metadata.display()))?;
    let parsed: Metadata =
        toml::from_str(&text).map_err(|e| format!("{} does not parse: {e}", metadata.display()))?;
    Ok(parsed.exercise)
}

/// The test body of a chapter's `tests/exercises.rs`: `package` is `env!("CARGO_PKG_NAME")`,
/// used only to tell the student which command restores a template.
pub fn exercises(package: &str) {
    let listed =
        read_exercises(Path::new("exercises/exercises.toml")).unwrap_or_else(|e| panic!("{e}"));
    let blessing = std::env::var_os("TRYBUILD").is_some_and(|v| v == "overwrite");
    let chapter = package
        .trim_start_matches("chapter-")
        .trim_start_matches('0');
    let cases = trybuild::TestCases::new();
    for exercise in &listed {
        let path = format!("exercises/{}.rs", exercise.name);
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let actual = fingerprint(&bytes);
        if actual != exercise.pristine && !blessing {
            // Straight to stderr: libtest captures the output of a passing test, and a skipped
            // proof must be seen.
            let _ = writeln!(
                std::io::stderr(),
                "note: {path} is not the committed template (fingerprint {actual}, \
                 exercises.toml says {}): skipped. A student's work is not a proof; \
                 `cargo xtask exercise {chapter} reset {}` restores the template. If the \
                 template itself changed, bless it and put `pristine = \"{actual}\"` in \
                 exercises.toml.",
                exercise.pristine,
                exercise.name
            );
            continue;
        }
        cases.compile_fail(&path);
    }
}

/// FNV-1a 64 of the text as lines (CRLF read as LF, a final newline added), so that a checkout
/// on Windows or an editor's last newline does not make a template look edited.
pub fn fingerprint(bytes: &[u8]) -> String {
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
    format!("fnv1a64:{:016x}", fnv1a64(&text))
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_fnv1a_of_the_lines() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint(b""), "fnv1a64:cbf29ce484222325");
        assert_eq!(fingerprint(b"x\r\ny\n"), fingerprint(b"x\ny\n"));
        assert_eq!(fingerprint(b"x\ny"), fingerprint(b"x\ny\n"));
        assert_ne!(fingerprint(b"x\ny\n"), fingerprint(b"x\ny\n\n"));
    }
}
