//! The ledger against the tree: every proof exists and shows what it should, every proof in the
//! tree is claimed, every demo has its twin. Each problem names the entry or file at fault.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::bench::spec::Needs;
use crate::ledger::{Claim, Kind, Ledger, Proof, Verdict, chapter_of};
use crate::workspace::{Chapter, Workspace};

pub use tree::{README_END, README_START};
use tree::{check_exercises, check_orphans, check_readme, check_twins};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("claim `{0}` appears more than once")]
    DuplicateId(String),
    #[error("claim `{0}`: an id is `topic/slug`, in lower case")]
    BadId(String),
    #[error("claim `{id}` has verdict `{verdict}` but no `note` saying what is actually true")]
    MissingNote { id: String, verdict: Verdict },
    #[error("claim `{id}`: its proof `{proof}` {why}")]
    ProofMissing {
        id: String,
        proof: String,
        why: String,
    },
    #[error("claim `{id}` is `{kind}` but none of its proofs is {wanted}")]
    WrongProofKind {
        id: String,
        kind: Kind,
        wanted: &'static str,
    },
    #[error("claim `{id}`: {snapshot} does not show {expect}")]
    ExpectNotShown {
        id: String,
        snapshot: String,
        expect: String,
    },
    #[error("claim `{id}`: its expect {expect:?} is checked by nothing: {hint}")]
    ExpectUnchecked {
        id: String,
        expect: String,
        hint: &'static str,
    },
    #[error("{0} is a compile-fail test that no claim of the ledger names as its proof")]
    OrphanUiTest(String),
    #[error(
        "{0} is an exercise template that no claim of the ledger names as its (compile-fail) proof"
    )]
    OrphanExercise(String),
    #[error("exercises: {0}")]
    Exercises(String),
    #[error("{0} is a mypy case that no claim of the ledger names as its proof")]
    OrphanTypecheckCase(String),
    #[error("the demo `{demo}` has no Python twin: expected {expected}")]
    DemoWithoutTwin { demo: String, expected: String },
    #[error("{0} looks like a demo twin but there is no Rust demo of that name in src/bin/")]
    TwinWithoutDemo(String),
    #[error(
        "the demo `{demo}` has the name of a binary of {other}: every package's binaries land in \
         the same target/debug/, so one overwrites the other (and a parity check runs the wrong \
         program); rename one of them"
    )]
    DemoNameTaken { demo: String, other: String },
    #[error("claim `{id}` names the demo `{demo}`, which does not exist")]
    UnknownDemo { id: String, demo: String },
    #[error("benches.toml: {0}")]
    Benches(String),
    #[error(
        "the ledger table in {0} is not current: run `cargo xtask sync {chapter}`",
        chapter = chapter_of(.0).unwrap_or("<chapter>")
    )]
    ReadmeStale(String),
    #[error(
        "{0} is not the reference run's bench.json shown with the ledger as it is now: run \
         `cargo xtask sync {chapter}`",
        chapter = chapter_of(.0).unwrap_or("<chapter>")
    )]
    BenchRunStale(String),
    #[error("the reference run: {0}")]
    BenchRun(String),
}

/// Every problem of one chapter's ledger, in a stable order; empty when all is well.
pub fn check(ws: &Workspace, chapter: &Chapter, ledger: &Ledger) -> Vec<Problem> {
    let mut problems = Vec::new();
    let benches = check_benches(chapter, ledger, &mut problems);
    let mut seen = HashSet::new();
    for claim in &ledger.claims {
        if !seen.insert(claim.id.as_str()) {
            problems.push(Problem::DuplicateId(claim.id.clone()));
        }
        if !valid_id(&claim.id) {
            problems.push(Problem::BadId(claim.id.clone()));
        }
        let has_note = claim.note.as_deref().is_some_and(|n| !n.trim().is_empty());
        if claim.verdict != Verdict::Holds && !has_note {
            problems.push(Problem::MissingNote {
                id: claim.id.clone(),
                verdict: claim.verdict,
            });
        }
        check_proofs(ws, claim, &benches, &mut problems);
        if let Some(demo) = &claim.demo
            && chapter.demo(demo).is_err()
        {
            problems.push(Problem::UnknownDemo {
                id: claim.id.clone(),
                demo: demo.clone(),
            });
        }
    }
    check_orphans(ws, chapter, ledger, &mut problems);
    check_exercises(ws, chapter, ledger, &mut problems);
    check_twins(ws, chapter, &mut problems);
    check_readme(ws, chapter, ledger, &mut problems);
    match crate::bench::reference::is_current(chapter, ledger) {
        Ok(true) => {}
        Ok(false) => problems.push(Problem::BenchRunStale(
            ws.relative(&crate::bench::reference::markdown_path(chapter)),
        )),
        Err(e) => problems.push(Problem::BenchRun(e.to_string())),
    }
    problems
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.split('/');
    let ok = |s: Option<&str>| {
        s.is_some_and(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

/// The chapter's benchmarks (`benches.toml`), their names: each claim a benchmark judges must be
/// in the ledger, with the lecture figure its rule compares against.
fn check_benches(chapter: &Chapter, ledger: &Ledger, problems: &mut Vec<Problem>) -> Vec<String> {
    let spec = match crate::bench::spec::load(&chapter.dir) {
        Ok(spec) => spec,
        Err(e) => {
            problems.push(Problem::Benches(e.to_string()));
            return Vec::new();
        }
    };
    let Some(spec) = spec else {
        return Vec::new();
    };
    for (bench, id, rule) in spec.judged() {
        let figure = ledger.claim(id).map(|c| c.lecture_figure.as_ref());
        let why = match (figure, rule.needs()) {
            (None, _) => "which is not in the ledger".to_string(),
            (Some(f), Some(Needs::Point)) if f.and_then(|f| f.point()).is_none() => {
                format!("whose rule `{rule}` needs its lecture_figure (one value)")
            }
            (Some(f), Some(Needs::Range)) if f.and_then(|f| f.range()).is_none() => {
                format!("whose rule `{rule}` needs its lecture_figure (low and high)")
            }
            _ => continue,
        };
        problems.push(Problem::Benches(format!(
            "benchmark `{bench}` judges the claim `{id}`, {why}"
        )));
    }
    spec.names()
}

fn check_proofs(ws: &Workspace, claim: &Claim, benches: &[String], problems: &mut Vec<Problem>) {
    let proofs = claim.proofs();
    let missing = |proof: &str, why: &str| Problem::ProofMissing {
        id: claim.id.clone(),
        proof: proof.to_string(),
        why: why.to_string(),
    };
    let mut stderrs = Vec::new();
    let mut snapshots = Vec::new();
    for (text, proof) in claim.proof.iter().zip(&proofs) {
        match proof {
            Proof::UiTest { path } | Proof::Exercise { path } => {
                let stderr = Path::new(path).with_extension("stderr");
                if !ws.root.join(path).is_file() {
                    problems.push(missing(text, "does not exist"));
                } else if !ws.root.join(&stderr).is_file() {
                    problems.push(missing(text, "has no .stderr snapshot (bless it)"));
                } else {
                    stderrs.push(stderr.to_string_lossy().into_owned());
                }
            }
            Proof::RustTest { file, test } => {
                let name = test.rsplit("::").next().unwrap_or(test);
                let file = test_file(&ws.root.join(file), test);
                if let Some(why) = proofs::rust_test(&file, name) {
                    problems.push(missing(text, &why));
                }
            }
            Proof::PyTest { file, test } => {
                if let Some(why) = proofs::pytest(&ws.root.join(file), test) {
                    problems.push(missing(text, &why));
                }
            }
            Proof::Typecheck { path } => {
                let snapshot = Path::new(path).with_extension("mypy.txt");
                if !ws.root.join(path).is_file() {
                    problems.push(missing(text, "does not exist"));
                } else if !ws.root.join(&snapshot).is_file() {
                    problems.push(missing(text, "has no .mypy.txt snapshot (bless it)"));
                } else {
                    snapshots.push(snapshot.to_string_lossy().into_owned());
                }
            }
            Proof::Bench { name } => {
                if !benches.contains(name) {
                    problems.push(missing(
                        text,
                        "names no benchmark of the chapter's benches.toml",
                    ));
                }
            }
            Proof::Text(source) if source.is_empty() => {
                problems.push(missing(text, "is empty"));
            }
            Proof::Text(_) => {}
        }
    }
    let has = |f: fn(&Proof) -> bool| proofs.iter().any(f);
    let wanted = match claim.kind {
        Kind::CompileFail
            if !has(|p| matches!(p, Proof::UiTest { .. } | Proof::Exercise { .. })) =>
        {
            Some("a compile-fail test (tests/ui/ or an exercise template)")
        }
        Kind::Typecheck if !has(|p| matches!(p, Proof::Typecheck { .. })) => {
            Some("a typecheck/ case")
        }
        Kind::Runtime if !has(|p| matches!(p, Proof::RustTest { .. } | Proof::PyTest { .. })) => {
            Some("a Rust or pytest test")
        }
        Kind::Measure if !has(|p| matches!(p, Proof::Bench { .. })) => Some("a `bench:` name"),
        _ => None,
    };
    if let Some(wanted) = wanted {
        problems.push(Problem::WrongProofKind {
            id: claim.id.clone(),
            kind: claim.kind,
            wanted,
        });
    }
    check_expect_codes(ws, claim, &stderrs, |code| code.to_string(), problems);
    check_expect_codes(ws, claim, &snapshots, |code| format!("[{code}]"), problems);
    let all: Vec<String> = stderrs.into_iter().chain(snapshots).collect();
    expect::check_expect_tested(ws, claim, &all, problems);
}

/// Each snapshot shows one of the expected codes, and each code appears in some snapshot.
/// For mypy, `clean` means the snapshot is empty: mypy had nothing to say.
fn check_expect_codes(
    ws: &Workspace,
    claim: &Claim,
    snapshots: &[String],
    marker: impl Fn(&str) -> String,
    problems: &mut Vec<Problem>,
) {
    let texts: Vec<(String, String)> = snapshots
        .iter()
        .map(|s| {
            (
                s.clone(),
                fs::read_to_string(ws.root.join(s)).unwrap_or_default(),
            )
        })
        .collect();
    let not_shown = |snapshot: &str, expect: String| Problem::ExpectNotShown {
        id: claim.id.clone(),
        snapshot: snapshot.to_string(),
        expect,
    };
    if claim.expect.iter().any(|e| e == "clean") {
        for (path, text) in &texts {
            if !text.trim().is_empty() {
                problems.push(not_shown(path, "no diagnostic (`clean`)".into()));
            }
        }
        return;
    }
    for (path, text) in &texts {
        if !claim.expect.iter().any(|code| text.contains(&marker(code))) {
            problems.push(not_shown(path, format!("any of {:?}", claim.expect)));
        }
    }
    if texts.is_empty() {
        return;
    }
    for code in &claim.expect {
        if !texts.iter().any(|(_, text)| text.contains(&marker(code))) {
            let all = texts.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>();
            problems.push(not_shown(&all.join(", "), marker(code)));
        }
    }
}

/// The file that defines `test`: `file` itself, or for `m::…` the file of a
/// `#[path = "…"] mod m;` declared in it (how tests/solutions.rs includes the solutions).
fn test_file(file: &Path, test: &str) -> PathBuf {
    let Some((module, _)) = test.split_once("::") else {
        return file.to_path_buf();
    };
    let text = fs::read_to_string(file).unwrap_or_default();
    let mut pending: Option<&str> = None;
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("#[path")
            && let Some((_, quoted)) = rest.split_once('"')
            && let Some((path, _)) = quoted.split_once('"')
        {
            pending = Some(path);
        } else if let Some(name) = line
            .trim_start_matches("pub ")
            .strip_prefix("mod ")
            .and_then(|rest| rest.strip_suffix(';'))
        {
            if name.trim() == module
                && let (Some(path), Some(dir)) = (pending, file.parent())
            {
                return dir.join(path);
            }
            pending = None;
        } else if !(line.starts_with("#[") || line.starts_with("//") || line.is_empty()) {
            pending = None;
        }
    }
    file.to_path_buf()
}

/// `None` when `file` exists and contains `needle`; otherwise why not.
fn defines(file: &Path, needle: &str) -> Option<String> {
    match fs::read_to_string(file) {
        Err(_) => Some("does not exist".to_string()),
        Ok(text) if text.contains(needle) => None,
        Ok(_) => Some(format!("names no test: the file has no `{needle}`")),
    }
}

mod expect;
mod proofs;
mod tree;

#[cfg(test)]
mod core_tests;
#[cfg(test)]
mod tests;
