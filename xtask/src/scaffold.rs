//! `cargo xtask new-chapter`: a new chapter's two folders, from the templates in
//! xtask/templates/new-chapter/ (`chapter/` becomes chapters/chNN-slug/, `python/` becomes
//! python_equivalents/chNN_slug/). What they hold passes `cargo xtask test NN` as written: a
//! ledger with one claim of each common kind, a demo and its twin, a ui test, an exercise with its
//! solution. Also the generated parts of a chapter that `cargo xtask sync` keeps current.

use std::fs;
use std::path::{Path, PathBuf};

use textbook_harness::fingerprint;

use crate::check::{README_END, README_START};
use crate::exercise::{ExerciseError, Exercises, solutions_driver};
use crate::ledger::{Ledger, markdown_table};
use crate::workspace::{Chapter, Workspace, WorkspaceError};

/// Each template: its path under templates/new-chapter/ and its text.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "chapter/Cargo.toml",
        include_str!("../templates/new-chapter/chapter/Cargo.toml"),
    ),
    (
        "chapter/README.md",
        include_str!("../templates/new-chapter/chapter/README.md"),
    ),
    (
        "chapter/claims.toml",
        include_str!("../templates/new-chapter/chapter/claims.toml"),
    ),
    (
        "chapter/src/lib.rs",
        include_str!("../templates/new-chapter/chapter/src/lib.rs"),
    ),
    (
        "chapter/src/hello.rs",
        include_str!("../templates/new-chapter/chapter/src/hello.rs"),
    ),
    (
        "chapter/src/main.rs",
        include_str!("../templates/new-chapter/chapter/src/main.rs"),
    ),
    (
        "chapter/src/bin/hello.rs",
        include_str!("../templates/new-chapter/chapter/src/bin/hello.rs"),
    ),
    (
        "chapter/tests/ui.rs",
        include_str!("../templates/new-chapter/chapter/tests/ui.rs"),
    ),
    (
        "chapter/tests/ui/types/number-for-a-name.rs",
        include_str!("../templates/new-chapter/chapter/tests/ui/types/number-for-a-name.rs"),
    ),
    (
        "chapter/tests/hello.rs",
        include_str!("../templates/new-chapter/chapter/tests/hello.rs"),
    ),
    (
        "chapter/tests/exercises.rs",
        include_str!("../templates/new-chapter/chapter/tests/exercises.rs"),
    ),
    (
        "chapter/exercises/greet_by_name.rs",
        include_str!("../templates/new-chapter/chapter/exercises/greet_by_name.rs"),
    ),
    (
        "chapter/solutions/greet_by_name.rs",
        include_str!("../templates/new-chapter/chapter/solutions/greet_by_name.rs"),
    ),
    // After the template it fingerprints: `{{PRISTINE}}` is that file's fingerprint.
    (
        "chapter/exercises/exercises.toml",
        include_str!("../templates/new-chapter/chapter/exercises/exercises.toml"),
    ),
    (
        "python/__init__.py",
        include_str!("../templates/new-chapter/python/__init__.py"),
    ),
    (
        "python/hello.py",
        include_str!("../templates/new-chapter/python/hello.py"),
    ),
    (
        "python/test_hello.py",
        include_str!("../templates/new-chapter/python/test_hello.py"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("the chapter number must be 1 to 99, not {0}")]
    BadNumber(u32),
    #[error(
        "the slug `{0}` must be lower-case words joined by `-` (letters and digits), such as `error-handling`"
    )]
    BadSlug(String),
    #[error("the title must not be empty")]
    EmptyTitle,
    #[error("chapter {number} exists already: {existing}")]
    Exists { number: u32, existing: String },
    #[error("{0} exists already; choose another slug or remove it")]
    PathExists(String),
    #[error("could not read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path} has no ledger marker; add the lines\n{}\n{}\nwhere the table belongs",
        README_START,
        README_END
    )]
    NoLedgerMarker { path: String },
    #[error(
        "{path} opens the ledger table but never closes it with {}",
        README_END
    )]
    UnclosedLedgerTable { path: String },
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Exercise(#[from] ExerciseError),
}

/// What a new chapter is called, checked.
#[derive(Debug, Clone)]
pub struct NewChapter {
    pub number: u32,
    pub slug: String,
    pub title: String,
}

impl NewChapter {
    pub fn new(number: u32, slug: &str, title: &str) -> Result<NewChapter, ScaffoldError> {
        if !(1..=99).contains(&number) {
            return Err(ScaffoldError::BadNumber(number));
        }
        let words_ok = slug.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        if !words_ok || !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
            return Err(ScaffoldError::BadSlug(slug.to_string()));
        }
        if title.trim().is_empty() {
            return Err(ScaffoldError::EmptyTitle);
        }
        Ok(NewChapter {
            number,
            slug: slug.to_string(),
            title: title.trim().to_string(),
        })
    }

    fn fill(&self, text: &str) -> String {
        text.replace("{{NN}}", &format!("{:02}", self.number))
            .replace("{{N}}", &self.number.to_string())
            .replace("{{slug}}", &self.slug)
            .replace("{{snake}}", &self.slug.replace('-', "_"))
            .replace("{{title}}", &self.title)
    }

    pub fn chapter_dir(&self, ws: &Workspace) -> PathBuf {
        ws.root
            .join("chapters")
            .join(format!("ch{:02}-{}", self.number, self.slug))
    }

    pub fn python_dir(&self, ws: &Workspace) -> PathBuf {
        ws.python_dir().join(format!(
            "ch{:02}_{}",
            self.number,
            self.slug.replace('-', "_")
        ))
    }
}

/// Writes both folders; returns the files written. Refuses to touch an existing chapter.
pub fn write(ws: &Workspace, new: &NewChapter) -> Result<Vec<PathBuf>, ScaffoldError> {
    if let Some(existing) = ws.chapters()?.into_iter().find(|c| c.number == new.number) {
        return Err(ScaffoldError::Exists {
            number: new.number,
            existing: ws.relative(&existing.dir),
        });
    }
    let (chapter_dir, python_dir) = (new.chapter_dir(ws), new.python_dir(ws));
    for dir in [&chapter_dir, &python_dir] {
        if dir.exists() {
            return Err(ScaffoldError::PathExists(ws.relative(dir)));
        }
    }
    let mut written = Vec::new();
    let mut pristine = String::new();
    for (template, text) in TEMPLATES {
        let (root, rest) = match template.split_once('/') {
            Some(("chapter", rest)) => (&chapter_dir, rest),
            Some((_, rest)) => (&python_dir, rest),
            None => unreachable!("every template is under chapter/ or python/"),
        };
        let path = root.join(rest);
        let text = new.fill(text).replace("{{PRISTINE}}", &pristine);
        if rest.starts_with("exercises/") && rest.ends_with(".rs") {
            pristine = fingerprint(text.as_bytes());
        }
        write_file(ws, &path, &text)?;
        // A compile-fail proof's snapshot is rustc's words, recorded by `new-chapter` right
        // after this; until then it is empty, so the demo that quotes it compiles.
        if (rest.starts_with("tests/ui/") || rest.starts_with("exercises/"))
            && rest.ends_with(".rs")
        {
            let snapshot = path.with_extension("stderr");
            write_file(ws, &snapshot, "")?;
            written.push(snapshot);
        }
        written.push(path);
    }
    let driver = chapter_dir.join("tests/solutions.rs");
    write_file(ws, &driver, &solutions_driver(&["greet_by_name"]))?;
    written.push(driver);
    Ok(written)
}

fn write_file(ws: &Workspace, path: &Path, text: &str) -> Result<(), ScaffoldError> {
    let fail = |source| ScaffoldError::Write {
        path: ws.relative(path),
        source,
    };
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(fail)?;
    }
    fs::write(path, text).map_err(fail)
}

/// The solutions driver a chapter should have, from its exercises.toml (none without exercises).
fn expected_driver(chapter: &Chapter) -> Result<Option<String>, ScaffoldError> {
    if !crate::exercise::metadata_path(chapter).is_file() {
        return Ok(None);
    }
    let exercises = Exercises::load(chapter)?;
    let names: Vec<&str> = exercises.list.iter().map(|e| e.name.as_str()).collect();
    Ok(Some(solutions_driver(&names)))
}

/// Rewrites a chapter's tests/solutions.rs when it differs from the one its exercises.toml
/// generates; says whether it changed.
pub fn sync_driver(ws: &Workspace, chapter: &Chapter) -> Result<bool, ScaffoldError> {
    let Some(expected) = expected_driver(chapter)? else {
        return Ok(false);
    };
    let path = chapter.dir.join("tests/solutions.rs");
    if fs::read_to_string(&path).ok().as_deref() == Some(expected.as_str()) {
        return Ok(false);
    }
    write_file(ws, &path, &expected)?;
    Ok(true)
}

/// Puts the ledger's Markdown table between the chapter README's ledger markers; says whether
/// the README changed.
pub fn sync_readme_table(
    ws: &Workspace,
    chapter: &Chapter,
    ledger: &Ledger,
) -> Result<bool, ScaffoldError> {
    let path = chapter.readme_path();
    let shown = ws.relative(&path);
    let text = fs::read_to_string(&path).map_err(|source| ScaffoldError::Read {
        path: shown.clone(),
        source,
    })?;
    let Some((before, rest)) = text.split_once(README_START) else {
        return Err(ScaffoldError::NoLedgerMarker { path: shown });
    };
    let Some((_, after)) = rest.split_once(README_END) else {
        return Err(ScaffoldError::UnclosedLedgerTable { path: shown });
    };
    let updated = format!(
        "{before}{README_START}\n{}{README_END}{after}",
        markdown_table(ledger)
    );
    if updated == text {
        return Ok(false);
    }
    write_file(ws, &path, &updated)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_before_anything_is_written() {
        assert!(matches!(
            NewChapter::new(0, "x", "X"),
            Err(ScaffoldError::BadNumber(0))
        ));
        assert!(matches!(
            NewChapter::new(5, "Bad_Slug", "X"),
            Err(ScaffoldError::BadSlug(_))
        ));
        assert!(matches!(
            NewChapter::new(5, "a--b", "X"),
            Err(ScaffoldError::BadSlug(_))
        ));
        assert!(matches!(
            NewChapter::new(5, "ok-2", " "),
            Err(ScaffoldError::EmptyTitle)
        ));
        assert!(NewChapter::new(5, "error-handling", "Error handling").is_ok());
    }

    #[test]
    fn placeholders_are_filled_with_the_padded_and_plain_number() {
        let new = NewChapter::new(7, "ownership-rules", "Ownership").unwrap();
        assert_eq!(
            new.fill("chapter-{{NN}} ch{{NN}}_{{snake}} {{N}} {{slug}} {{title}}"),
            "chapter-07 ch07_ownership_rules 7 ownership-rules Ownership"
        );
    }

    #[test]
    fn no_template_keeps_an_unfilled_placeholder() {
        let new = NewChapter::new(42, "x", "X").unwrap();
        for (path, text) in TEMPLATES {
            let filled = new.fill(text).replace("{{PRISTINE}}", "fnv1a64:0");
            assert!(!filled.contains("{{"), "{path} keeps a placeholder");
        }
    }
}
