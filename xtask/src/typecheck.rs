//! The Python twin of trybuild: mypy runs on each `typecheck/<case>.py`, and what it says about
//! the case is compared with `<case>.mypy.txt`, the real output recorded beside it (empty when
//! mypy finds nothing). `TYPECHECK=overwrite` records the current output instead, as
//! `TRYBUILD=overwrite` does for rustc.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::process::{Job, ProcessError};
use crate::python::PythonEnv;
use crate::workspace::{Chapter, Workspace, files_under};

const MYPY_TIMEOUT: Duration = Duration::from_secs(10 * 60);

#[derive(Debug, thiserror::Error)]
pub enum TypecheckError {
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error(
        "mypy did not check the cases (exit {code:?}), so no mypy case has a result; its \
         output:\n{output}"
    )]
    MypyFailed { code: Option<i32>, output: String },
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// One case: what was recorded, what mypy says now.
#[derive(Debug, Clone)]
pub struct CaseOutcome {
    /// Relative to the repository root: the ledger's proof string.
    pub case: String,
    pub expected: Option<String>,
    pub actual: String,
}

impl CaseOutcome {
    pub fn passed(&self) -> bool {
        self.expected.as_deref() == Some(self.actual.as_str())
    }

    /// A message a reader can act on, for a failed case.
    pub fn explain(&self) -> String {
        match &self.expected {
            None => format!(
                "{} has no .mypy.txt snapshot; mypy says:\n{}\nRecord it with TYPECHECK=overwrite.",
                self.case,
                shown(&self.actual)
            ),
            Some(expected) if self.actual.trim().is_empty() => format!(
                "mypy now reports nothing for {}, where its snapshot expects:\n{}\n\
                 Run `python -m mypy {}` from python_equivalents/ to see why before recording \
                 an empty snapshot: TYPECHECK=overwrite would erase the expected diagnostics.",
                self.case,
                shown(expected),
                self.case.trim_start_matches("python_equivalents/")
            ),
            Some(expected) => format!(
                "mypy's diagnostics for {} changed.\nexpected:\n{}\nactual:\n{}\n\
                 If the change is right, record it with TYPECHECK=overwrite and read the diff.",
                self.case,
                shown(expected),
                shown(&self.actual)
            ),
        }
    }
}

fn shown(text: &str) -> String {
    if text.trim().is_empty() {
        "  (no diagnostics)".into()
    } else {
        text.lines().map(|l| format!("  {l}\n")).collect()
    }
}

pub fn cases(chapter: &Chapter) -> Vec<PathBuf> {
    files_under(&chapter.python_dir.join("typecheck"), ".py")
        .unwrap_or_default()
        .into_iter()
        .filter(|p| !p.ends_with("__init__.py"))
        .collect()
}

/// Runs mypy once over all of a chapter's cases and compares each with its snapshot.
/// Diagnostics about files that are not cases (the twins themselves) make the run fail.
pub fn run(
    ws: &Workspace,
    env: &PythonEnv,
    chapter: &Chapter,
) -> Result<Vec<CaseOutcome>, TypecheckError> {
    let cases = cases(chapter);
    if cases.is_empty() {
        return Ok(Vec::new());
    }
    let cache = ws.scratch_dir().join("mypy-cache");
    let mut command = env.command([
        "-m",
        "mypy",
        "--no-error-summary",
        "--no-color-output",
        "--show-error-codes",
        "--cache-dir",
    ]);
    command.arg(&cache);
    for case in &cases {
        command.arg(case.strip_prefix(&env.dir).unwrap_or(case));
    }
    let done = Job::new("mypy", command, MYPY_TIMEOUT).run()?;
    let output = done.stdout();
    let by_file = split_by_file(&output);
    // mypy exits 1 when it reports diagnostics, which is what the cases are for; 2 is a crash.
    // An exit 1 with no diagnostic is not mypy speaking (a missing module, an interpreter that
    // cannot start): reading it as "no diagnostics" would fail every case and invite
    // TYPECHECK=overwrite to wipe the snapshots.
    let ran = done.missing_module().is_none()
        && match done.status.code() {
            Some(0) => true,
            Some(1) => !by_file.is_empty(),
            _ => false,
        };
    if !ran {
        return Err(TypecheckError::MypyFailed {
            code: done.status.code(),
            output: done.combined(),
        });
    }
    let mut outcomes = Vec::new();
    let mut claimed = Vec::new();
    for case in &cases {
        let key = env.dir.join(case.strip_prefix(&env.dir).unwrap_or(case));
        let rel_to_python = key.strip_prefix(&env.dir).unwrap_or(&key).to_path_buf();
        let rel = rel_to_python.to_string_lossy().replace('\\', "/");
        claimed.push(rel.clone());
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let actual: String = by_file
            .get(&rel)
            .map(|lines| {
                lines
                    .iter()
                    .map(|l| format!("{name}{}\n", &l[rel.len()..]))
                    .collect()
            })
            .unwrap_or_default();
        let snapshot = case.with_extension("mypy.txt");
        if overwrite() {
            fs::write(&snapshot, &actual).map_err(|source| TypecheckError::Write {
                path: snapshot.display().to_string(),
                source,
            })?;
        }
        outcomes.push(CaseOutcome {
            case: ws.relative(case),
            expected: fs::read_to_string(&snapshot).ok(),
            actual,
        });
    }
    let strays: Vec<&String> = by_file
        .iter()
        .filter(|(file, _)| !claimed.contains(file))
        .flat_map(|(_, lines)| lines)
        .collect();
    if !strays.is_empty() {
        return Err(TypecheckError::MypyFailed {
            code: done.status.code(),
            output: format!(
                "mypy reported problems outside the cases (the twins must type-check clean):\n{}",
                strays
                    .iter()
                    .map(|l| format!("  {l}\n"))
                    .collect::<String>()
            ),
        });
    }
    Ok(outcomes)
}

fn overwrite() -> bool {
    std::env::var("TYPECHECK").is_ok_and(|v| v == "overwrite")
}

/// mypy's lines grouped by the file they are about (`path:line: severity: message`).
fn split_by_file(output: &str) -> BTreeMap<String, Vec<String>> {
    let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in output.lines() {
        if let Some((file, _)) = line.split_once(':')
            && Path::new(file).extension().is_some_and(|e| e == "py")
        {
            files
                .entry(file.to_string())
                .or_default()
                .push(line.to_string());
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_are_grouped_by_file() {
        let out = "a/x.py:3: error: nope  [arg-type]\nb/y.py:1: note: hi\na/x.py:9: error: again  [index]\n";
        let files = split_by_file(out);
        assert_eq!(files["a/x.py"].len(), 2);
        assert_eq!(files["b/y.py"], ["b/y.py:1: note: hi"]);
    }

    #[cfg(unix)]
    #[test]
    fn mypy_that_did_not_run_is_an_error_never_no_diagnostics() {
        let scratch = textbook_harness::Scratch::new("xtask-mypy-missing");
        scratch.write("Cargo.toml", "[workspace]\nmembers = [\"chapters/*\"]\n");
        scratch.write(
            "chapters/ch01-x/Cargo.toml",
            "[package]\nname = \"chapter-01\"\nversion = \"0.1.0\"\n",
        );
        scratch.write(
            "python_equivalents/ch01_x/typecheck/case.py",
            "x: int = ''\n",
        );
        scratch.write(
            "python_equivalents/ch01_x/typecheck/case.mypy.txt",
            "ch01_x/typecheck/case.py:1: error: x  [assignment]\n",
        );
        // A venv whose mypy is gone: what `python -m mypy` then says, and its exit status 1.
        scratch.write(
            "fake-python",
            "#!/bin/sh\necho '/venv/bin/python: No module named mypy' >&2\nexit 1\n",
        );
        let python = scratch.path().join("fake-python");
        let mut perms = std::fs::metadata(&python).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
        std::fs::set_permissions(&python, perms).unwrap();
        let ws = Workspace::at(scratch.path()).with_target_dir(scratch.path().join("target"));
        let env = PythonEnv {
            python,
            dir: ws.python_dir(),
            version: "3.11.7".into(),
        };
        let chapter = ws.chapter("1").unwrap();
        let err = run(&ws, &env, &chapter).unwrap_err().to_string();
        assert!(err.contains("No module named mypy"), "{err}");
    }

    #[test]
    fn vanished_diagnostics_are_not_advised_to_be_overwritten() {
        let outcome = CaseOutcome {
            case: "c.py".into(),
            expected: Some("c.py:1: error: x  [arg-type]\n".into()),
            actual: String::new(),
        };
        assert!(!outcome.passed());
        assert!(
            !outcome.explain().contains("record it"),
            "{}",
            outcome.explain()
        );
        assert!(outcome.explain().contains("now reports nothing"));
        let changed = CaseOutcome {
            actual: "c.py:2: error: y  [index]\n".into(),
            ..outcome
        };
        assert!(
            changed
                .explain()
                .contains("record it with TYPECHECK=overwrite")
        );
    }
}
