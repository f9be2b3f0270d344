//! The ledger: `claims.toml`, one entry per checkable sentence of a chapter's lecture.
//!
//! # Schema
//!
//! ```toml
//! [[claim]]
//! id = "topic/what-it-says"              # stable, `topic/slug`, unique in the chapter
//! section = "1. Runtime type errors"     # the lecture's heading
//! says = "..."                           # the claim, paraphrased in our words
//! side = "rust"                          # rust | python | both
//! kind = "compile-fail"                  # compile-fail | runtime | typecheck | measure | cited | not-here
//! proof = "chapters/ch01-case-for-rust/tests/ui/types/wrong-argument-types.rs"  # or a list
//! expect = "E0308"                       # or a list; what the proof must show
//! verdict = "holds"                      # holds | erratum | refined
//! note = "..."                           # what is actually true; required unless `holds`
//! demo = "type_errors"                   # optional: the demo that shows it (`xtask run`)
//! lecture_figure = { value = 45.0, unit = "s" }  # optional: the lecture's figure, which
//!                                        # `cargo xtask bench` judges against (`figure.rs`)
//! ```
//!
//! A proof is told apart by its form (paths are relative to the repository root):
//! - `chapters/<ch>/tests/ui/<topic>/<mistake>.rs`: a trybuild compile-fail test; its `.stderr`
//!   must contain one of `expect` (an error code), and every code in `expect` must appear in one.
//! - `chapters/<ch>/exercises/<name>.rs`: an exercise template, which as committed must not compile
//!   (trybuild, tests/exercises.rs); its `.stderr` beside it is checked as a ui test's is.
//! - `chapters/<ch>/tests/<file>.rs::<test>`: a Rust test. `<test>` is the path libtest prints; a
//!   test in a `#[path = "…"] mod m;` of that file (`m::tests::t`) is looked up in the file named.
//! - `python_equivalents/<ch>/test_<topic>.py::<test>`: a pytest test.
//! - `python_equivalents/<ch>/typecheck/<case>.py`: a mypy case; its `<case>.mypy.txt` holds mypy's
//!   real output and must contain `[code]` for each `expect`, or be empty when `expect = "clean"`.
//! - `bench:<name>`: a measurement of `cargo xtask bench`, a benchmark the chapter declares in
//!   its `benches.toml` (schema: `xtask/src/bench/spec/mod.rs`).
//! - anything else (for `cited` and `not-here`): the source, or why it cannot be checked here.

mod figure;
mod load;
mod table;

pub use crate::term::wrap;
pub use figure::{FigureUnit, LectureFigure};
pub use load::LedgerError;
pub use table::{claim_details, compact_table, markdown_table};

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ledger {
    #[serde(rename = "claim", default)]
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub section: String,
    pub says: String,
    pub side: Side,
    pub kind: Kind,
    #[serde(deserialize_with = "one_or_many")]
    pub proof: Vec<String>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub expect: Vec<String>,
    pub verdict: Verdict,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub demo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lecture_figure: Option<LectureFigure>,
    /// The line of its `[[claim]]` header in claims.toml (0 when not read from a file).
    #[serde(skip)]
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Rust,
    Python,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    CompileFail,
    Runtime,
    Typecheck,
    Measure,
    Cited,
    NotHere,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Holds,
    Erratum,
    Refined,
}

macro_rules! kebab_display {
    ($($ty:ty),*) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let text = serde_json::to_value(self).ok();
                let text = text.as_ref().and_then(|v| v.as_str()).unwrap_or("?");
                f.write_str(text)
            }
        }
    )*};
}
kebab_display!(Side, Kind, Verdict);

/// What a proof string points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proof {
    /// A trybuild compile-fail test: the `.rs` path.
    UiTest { path: String },
    /// An exercise template, compile-fail as committed: the `.rs` path.
    Exercise { path: String },
    /// A Rust integration test: file and test name.
    RustTest { file: String, test: String },
    /// A pytest test: file and test name.
    PyTest { file: String, test: String },
    /// A mypy case: the `.py` path.
    Typecheck { path: String },
    /// A `cargo xtask bench` measurement.
    Bench { name: String },
    /// A citation or an explanation: nothing to run.
    Text(String),
}

impl Proof {
    pub fn parse(text: &str) -> Proof {
        let text = text.trim();
        if let Some(name) = text.strip_prefix("bench:") {
            return Proof::Bench {
                name: name.trim().to_string(),
            };
        }
        if let Some((file, test)) = text.split_once("::") {
            let (file, test) = (file.to_string(), test.to_string());
            if file.ends_with(".rs") {
                return Proof::RustTest { file, test };
            }
            if file.ends_with(".py") {
                return Proof::PyTest { file, test };
            }
        }
        let is_path = !text.contains(' ');
        if is_path && text.ends_with(".rs") && text.contains("/tests/ui/") {
            return Proof::UiTest {
                path: text.to_string(),
            };
        }
        if is_path && text.ends_with(".rs") && is_exercise(text) {
            return Proof::Exercise {
                path: text.to_string(),
            };
        }
        if is_path && text.ends_with(".py") && text.contains("/typecheck/") {
            return Proof::Typecheck {
                path: text.to_string(),
            };
        }
        Proof::Text(text.to_string())
    }

    /// The name under which this proof's result appears in the test output, if it runs as a test:
    /// `(package-relative binary, test name)` for cargo tests, `(None, trial)` for the harness.
    pub fn result_key(&self) -> Option<String> {
        match self {
            Proof::UiTest { path } => Some(format!("{}::{}", ui_binary(path)?, chapter_rel(path))),
            Proof::Exercise { path } => Some(format!(
                "{}::tests/exercises.rs::{}",
                chapter_of(path)?,
                chapter_rel(path)
            )),
            Proof::RustTest { file, test } => Some(format!(
                "{}::{}::{test}",
                chapter_of(file)?,
                chapter_rel(file)
            )),
            Proof::PyTest { file, test } => Some(format!("pytest::{file}::{test}")),
            Proof::Typecheck { path } => Some(format!("typecheck::{path}")),
            Proof::Bench { .. } | Proof::Text(_) => None,
        }
    }
}

/// `chapters/ch01-x/tests/ui/a/b.rs` → `ch01-x::tests/ui.rs` (the trybuild driver's binary).
fn ui_binary(path: &str) -> Option<String> {
    Some(format!("{}::tests/ui.rs", chapter_of(path)?))
}

/// `chapters/ch01-x/exercises/<name>.rs`, directly in that folder.
fn is_exercise(path: &str) -> bool {
    chapter_of(path).is_some()
        && chapter_rel(path)
            .strip_prefix("exercises/")
            .is_some_and(|name| !name.contains('/'))
}

/// `chapters/ch01-x/...` → `ch01-x`.
pub fn chapter_of(path: &str) -> Option<&str> {
    path.strip_prefix("chapters/")?.split('/').next()
}

/// `chapters/ch01-x/tests/types.rs` → `tests/types.rs`.
pub fn chapter_rel(path: &str) -> &str {
    match chapter_of(path) {
        Some(ch) => path
            .strip_prefix("chapters/")
            .and_then(|p| p.strip_prefix(ch))
            .map(|p| p.trim_start_matches('/'))
            .unwrap_or(path),
        None => path,
    }
}

impl Claim {
    pub fn proofs(&self) -> Vec<Proof> {
        self.proof.iter().map(|p| Proof::parse(p)).collect()
    }
}

impl Ledger {
    /// The ledger in `path`; an error names the entry at fault and its line.
    pub fn load(path: &Path) -> Result<Ledger, LedgerError> {
        load::load(path)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// Puts demos in lecture order: the order in which the ledger (kept in lecture order) first
    /// names them; demos it never names come last, by name.
    pub fn sort_demos(&self, demos: &mut [crate::workspace::Demo]) {
        let rank = |name: &str| {
            self.claims
                .iter()
                .position(|c| c.demo.as_deref() == Some(name))
                .unwrap_or(usize::MAX)
        };
        demos.sort_by_cached_key(|d| (rank(&d.name), d.name.clone()));
    }
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(one) => vec![one],
        OneOrMany::Many(many) => many,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proofs_are_told_apart_by_their_form() {
        let ui = Proof::parse("chapters/ch01-x/tests/ui/types/wrong-argument-types.rs");
        assert!(matches!(ui, Proof::UiTest { .. }));
        assert_eq!(
            ui.result_key().unwrap(),
            "ch01-x::tests/ui.rs::tests/ui/types/wrong-argument-types.rs"
        );
        let rust = Proof::parse("chapters/ch01-x/tests/types.rs::valid_json_is_ok");
        assert_eq!(
            rust.result_key().unwrap(),
            "ch01-x::tests/types.rs::valid_json_is_ok"
        );
        let py = Proof::parse("python_equivalents/ch01_x/test_types.py::test_none");
        assert!(matches!(py, Proof::PyTest { .. }));
        let case = Proof::parse("python_equivalents/ch01_x/typecheck/wrong_types.py");
        assert!(matches!(case, Proof::Typecheck { .. }));
        assert!(matches!(Proof::parse("bench:kernel"), Proof::Bench { .. }));
        let template = Proof::parse("chapters/ch01-x/exercises/moved_vec.rs");
        assert!(matches!(template, Proof::Exercise { .. }));
        assert_eq!(
            template.result_key().unwrap(),
            "ch01-x::tests/exercises.rs::exercises/moved_vec.rs"
        );
        let solution = Proof::parse("chapters/ch01-x/tests/solutions.rs::moved_vec::tests::y");
        assert_eq!(
            solution.result_key().unwrap(),
            "ch01-x::tests/solutions.rs::moved_vec::tests::y"
        );
        let nested = Proof::parse("chapters/ch01-x/exercises/old/moved_vec.rs");
        assert!(matches!(nested, Proof::Text(_)));
        let cited = Proof::parse("\"Why Discord is switching\", discord.com, 2020-02-04");
        assert!(matches!(cited, Proof::Text(_)));
        assert_eq!(cited.result_key(), None);
    }

    #[test]
    fn proof_and_expect_accept_one_or_many() {
        let ledger: Ledger = toml::from_str(
            r#"
            [[claim]]
            id = "a/b"
            section = "s"
            says = "x"
            side = "rust"
            kind = "compile-fail"
            proof = ["p1", "p2"]
            expect = "E0308"
            verdict = "holds"
            "#,
        )
        .unwrap();
        assert_eq!(ledger.claims[0].proof, ["p1", "p2"]);
        assert_eq!(ledger.claims[0].expect, ["E0308"]);
    }

    #[test]
    fn demos_are_sorted_in_the_order_the_ledger_names_them() {
        let ledger: Ledger = toml::from_str(
            "[[claim]]\nid='a/b'\nsection='s'\nsays='x'\nside='rust'\nkind='runtime'\nproof='p'\nverdict='holds'\ndemo='zebra'\n\
             [[claim]]\nid='a/c'\nsection='s'\nsays='x'\nside='rust'\nkind='runtime'\nproof='p'\nverdict='holds'\ndemo='apple'\n",
        )
        .unwrap();
        let demo = |name: &str| crate::workspace::Demo {
            name: name.into(),
            rust: name.into(),
            python: None,
        };
        let mut demos = vec![demo("unnamed"), demo("apple"), demo("zebra")];
        ledger.sort_demos(&mut demos);
        let names: Vec<&str> = demos.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["zebra", "apple", "unnamed"]);
    }

    #[test]
    fn an_unknown_field_is_rejected() {
        let err = toml::from_str::<Ledger>(
            "[[claim]]\nid='a'\nsection='s'\nsays='x'\nside='rust'\nkind='runtime'\nproof='p'\nverdict='holds'\nverdit='x'\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("verdit"), "{err}");
    }
}
