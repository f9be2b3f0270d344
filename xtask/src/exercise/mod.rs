//! A chapter's exercises: the metadata, the student's files, and whether each one is done.
//!
//! # Layout
//! ```text
//! chapters/<ch>/exercises/exercises.toml    the metadata (schema below)
//! chapters/<ch>/exercises/<name>.rs         the student's template; as committed, it does not
//!                                           compile, and it is the compile-fail proof of its claim
//! chapters/<ch>/exercises/<name>.stderr     rustc's output for the pristine template (trybuild)
//! chapters/<ch>/solutions/<name>.rs         one solution, built and tested by tests/solutions.rs
//! ```
//! No package builds a template: `cargo test` only compiles the pristine ones, each on its own,
//! through trybuild (tests/exercises.rs), and `cargo xtask exercise` compiles the student's file
//! on demand ([`check`]). A student's half-done work never breaks the build.
//!
//! # Schema of `exercises.toml`
//! ```toml
//! [[exercise]]                 # one per exercise, in the order a student works them
//! name = "moved_vec"           # exercises/<name>.rs and solutions/<name>.rs; a Rust identifier
//! title = "The moved Vec"      # one line, for the progress list
//! claim = "exercise/move"      # the ledger claim whose proofs include the template's path
//! crates = []                  # crates it uses beyond std, from the chapter's [dependencies]
//! pristine = "fnv1a64:…"       # fingerprint of the template as committed (see `fingerprint`)
//! hint = """…"""               # what `cargo xtask exercise <ch> --hint` prints
//! ```
//! Every key is required except `crates` (default: none); an unknown key is an error. The chapter
//! test harness (`textbook_harness::exercises`) reads `name` and `pristine` from the same file.
//! The template holds a `// TODO:` comment (what to do, shown by the runner), the lecture's Python
//! snippet in its doc comment, and `#[cfg(test)]` tests that pass once it is solved; the solution
//! holds the same tests.
//!
//! `pristine` tells the committed template from the student's work without asking git, and finds
//! the committed version in git's history when `reset` needs it, even after the student committed
//! their own. tests/exercises.rs proves only templates that match it (so a fork's `cargo test`
//! does not fail on the student's work; `cargo xtask test` then reports the proof as not run).

pub mod check;
mod driver;
pub mod pristine;

pub use driver::solutions_driver;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::ledger::Ledger;
use crate::workspace::{Chapter, Workspace, read_dir};

const METADATA_FILE: &str = "exercises.toml";

#[derive(Debug, thiserror::Error)]
pub enum ExerciseError {
    #[error("could not read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not valid: {source}")]
    Parse {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{chapter} has no exercises (no {path})")]
    NoExercises { chapter: String, path: String },
    #[error("{chapter} has no exercise `{query}`; its exercises are: {known}")]
    Unknown {
        chapter: String,
        query: String,
        known: String,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Metadata {
    #[serde(rename = "exercise", default)]
    exercises: Vec<Exercise>,
}

/// One exercise, as `exercises.toml` describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub name: String,
    pub title: String,
    pub claim: String,
    #[serde(default)]
    pub crates: Vec<String>,
    pub pristine: String,
    pub hint: String,
}

/// A chapter's exercises, in order.
#[derive(Debug, Clone)]
pub struct Exercises {
    pub chapter: Chapter,
    pub list: Vec<Exercise>,
}

pub fn exercises_dir(chapter: &Chapter) -> PathBuf {
    chapter.dir.join("exercises")
}

fn solutions_dir(chapter: &Chapter) -> PathBuf {
    chapter.dir.join("solutions")
}

pub fn metadata_path(chapter: &Chapter) -> PathBuf {
    exercises_dir(chapter).join(METADATA_FILE)
}

impl Exercise {
    pub fn template(&self, chapter: &Chapter) -> PathBuf {
        exercises_dir(chapter).join(format!("{}.rs", self.name))
    }

    pub fn solution(&self, chapter: &Chapter) -> PathBuf {
        solutions_dir(chapter).join(format!("{}.rs", self.name))
    }
}

impl Exercises {
    pub fn load(chapter: &Chapter) -> Result<Exercises, ExerciseError> {
        let path = metadata_path(chapter);
        let shown = path.display().to_string();
        if !path.is_file() {
            return Err(ExerciseError::NoExercises {
                chapter: chapter.package.clone(),
                path: shown,
            });
        }
        let text = fs::read_to_string(&path).map_err(|source| ExerciseError::Read {
            path: shown.clone(),
            source,
        })?;
        let metadata: Metadata = toml::from_str(&text).map_err(|source| ExerciseError::Parse {
            path: shown,
            source,
        })?;
        Ok(Exercises {
            chapter: chapter.clone(),
            list: metadata.exercises,
        })
    }

    /// Accepts `moved_vec`, `moved-vec`, `moved_vec.rs` or `exercises/moved_vec.rs`.
    pub fn find(&self, query: &str) -> Result<&Exercise, ExerciseError> {
        let base = query.rsplit(['/', '\\']).next().unwrap_or(query);
        let wanted = base.trim_end_matches(".rs").replace('-', "_");
        self.list
            .iter()
            .find(|e| e.name == wanted)
            .ok_or_else(|| ExerciseError::Unknown {
                chapter: self.chapter.package.clone(),
                query: query.to_string(),
                known: self
                    .list
                    .iter()
                    .map(|e| e.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// Why the template proof `path` (as the ledger names it) did not run, when the file is not
    /// the template `pristine` records: the harness skips it as a student's work. `sync` does
    /// not record a new fingerprint, since a student's committed work looks the same to it as
    /// a rewritten template, and recording it would make `reset` restore the student's version.
    pub fn not_the_template(&self, path: &str) -> Option<String> {
        let chapter = &self.chapter;
        let exercise = self
            .list
            .iter()
            .find(|e| path.ends_with(&format!("{}/exercises/{}.rs", chapter.dir_name, e.name)))?;
        let actual = fingerprint(&fs::read(exercise.template(chapter)).ok()?);
        let meta = Path::new(path).with_file_name(METADATA_FILE);
        (actual != exercise.pristine).then(|| {
            format!(
                "{path} is not the template {meta} records (its fingerprint is {actual}, \
                 `pristine` says {}), so it was skipped as a student's work: `cargo xtask \
                 exercise {number} reset {name}` restores the template. If you rewrote the \
                 template, bless it (`TRYBUILD=overwrite cargo test -p {package} --test \
                 exercises`) and set `pristine = \"{actual}\"` for `{name}` in {meta}",
                exercise.pristine,
                meta = meta.display(),
                number = chapter.number,
                name = exercise.name,
                package = chapter.package,
            )
        })
    }

    /// What is wrong between the metadata, the tree and the ledger; empty when all is well.
    /// Looks at which files exist, never at what the student wrote in them.
    pub fn validate(&self, ws: &Workspace, ledger: &Ledger) -> Vec<String> {
        let chapter = &self.chapter;
        let meta = ws.relative(&metadata_path(chapter));
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let dependencies = chapter_dependencies(chapter);
        for exercise in &self.list {
            let name = &exercise.name;
            if !seen.insert(name.as_str()) {
                problems.push(format!("{meta}: exercise `{name}` appears more than once"));
            }
            if !is_identifier(name) {
                problems.push(format!(
                    "{meta}: `{name}` is not a lower-case Rust identifier"
                ));
            }
            let template = ws.relative(&exercise.template(chapter));
            for (path, what) in [
                (exercise.template(chapter), "template"),
                (exercise.solution(chapter), "solution"),
            ] {
                if !path.is_file() {
                    let path = ws.relative(&path);
                    problems.push(format!("{meta}: `{name}` has no {what} {path}"));
                }
            }
            match ledger.claim(&exercise.claim) {
                None => problems.push(format!(
                    "{meta}: `{name}` names the claim `{}`, which is not in the ledger",
                    exercise.claim
                )),
                Some(claim) if !claim.proof.contains(&template) => problems.push(format!(
                    "{meta}: `{name}` names the claim `{}`, whose proofs do not include {template}",
                    exercise.claim
                )),
                Some(_) => {}
            }
            for krate in &exercise.crates {
                if !dependencies.contains(krate) {
                    problems.push(format!(
                        "{meta}: `{name}` uses the crate `{krate}`, which {} does not list under \
                         [dependencies]; the runner links only the chapter's own dependencies",
                        ws.relative(&chapter.dir.join("Cargo.toml"))
                    ));
                }
            }
            if !is_fingerprint(&exercise.pristine) {
                problems.push(format!(
                    "{meta}: `{name}`: `pristine` is not `fnv1a64:` and 16 hex digits"
                ));
            }
        }
        let names: Vec<&str> = self.list.iter().map(|e| e.name.as_str()).collect();
        let driver = fs::read_to_string(chapter.dir.join("tests/solutions.rs")).unwrap_or_default();
        if driver != solutions_driver(&names) {
            problems.push(format!(
                "{}: tests/solutions.rs is not the one {meta} generates (its solutions, in its \
                 order); `cargo xtask sync {}` rewrites it",
                chapter.package, chapter.number
            ));
        }
        for (dir, what) in [
            (exercises_dir(chapter), "template"),
            (solutions_dir(chapter), "solution"),
        ] {
            for file in read_dir(&dir).unwrap_or_default() {
                if let Some(stem) = file.strip_suffix(".rs")
                    && !seen.contains(stem)
                {
                    let path = ws.relative(&dir.join(&file));
                    problems.push(format!("{path} is a {what} that {meta} does not list"));
                }
            }
        }
        problems
    }
}

/// The crate names (`-` as `_`) under `[dependencies]` in the chapter's Cargo.toml.
fn chapter_dependencies(chapter: &Chapter) -> Vec<String> {
    let text = fs::read_to_string(chapter.dir.join("Cargo.toml")).unwrap_or_default();
    let Ok(manifest) = text.parse::<toml::Table>() else {
        return Vec::new();
    };
    manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .map(|deps| deps.keys().map(|k| k.replace('-', "_")).collect())
        .unwrap_or_default()
}

fn is_identifier(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_fingerprint(text: &str) -> bool {
    text.strip_prefix("fnv1a64:")
        .is_some_and(|hex| hex.len() == 16 && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A file's fingerprint (written once, in the chapter harness, which proves the templates with
/// it): FNV-1a 64 of its text as lines, `fnv1a64:` and 16 hex digits. Not for security: it tells
/// the committed template from a student's edit.
pub use textbook_harness::fingerprint;

/// The `// TODO:` comment of a source file, without its `//` markers, as one paragraph.
pub fn todo(source: &str) -> Option<String> {
    let mut lines = source.lines().map(str::trim_start);
    let first = lines.find_map(|l| l.strip_prefix("// TODO:"))?;
    let mut text = first.trim().to_string();
    for line in lines {
        let Some(rest) = line.strip_prefix("//") else {
            break;
        };
        if line.starts_with("///") || line.starts_with("//!") || rest.trim().is_empty() {
            break;
        }
        text.push(' ');
        text.push_str(rest.trim());
    }
    Some(text)
}

#[cfg(test)]
mod tests;
