//! Is an exercise done? Its file compiles as a test binary and every test in it passes.
//!
//! How a student's file is compiled: `rustc --edition 2024 --test` on the file itself, nothing
//! else. Why not a throwaway Cargo crate per exercise: it would resolve and build its own copy of
//! serde (tens of seconds, and a lock file to keep offline). Why not a test target of the chapter
//! crate: then `cargo test` would build the templates, and a half-done exercise would break it.
//! An exercise that uses crates gets them from its chapter's own build (`cargo build -p
//! chapter-NN --message-format=json` names every rlib of the chapter's dependencies), passed as
//! `--extern`: a chapter on errors can give its exercises thiserror, one on concurrency rayon.
//! The verdict is cached under target/textbook/exercises/, keyed by the file's fingerprint, the
//! compiler and the colour choice: the second run compiles nothing.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Exercise, fingerprint};
use crate::process::{Finished, Job, ProcessError, cargo};
use crate::testlog::{self, Outcome};
use crate::workspace::{Chapter, Workspace};

const RUSTC_TIMEOUT: Duration = Duration::from_secs(120);
/// A student's tests may deadlock (a lock taken twice): they are killed, and that is the verdict.
const TESTS_TIMEOUT: Duration = Duration::from_secs(60);
const CARGO_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// Crate name → the rlib an exercise is linked with.
type Externs = BTreeMap<String, PathBuf>;

#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("could not keep the verdict in {path}: {source}")]
    Cache {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Process(#[from] ProcessError),
    /// `rustc -vV` or the chapter's build failed (kept as text: the result is cached and shared).
    #[error("{0}")]
    Tool(String),
    #[error(
        "the build of {package} has no `{krate}` to link the exercise with; list it under \
         [dependencies] in its Cargo.toml"
    )]
    MissingCrate { package: String, krate: String },
    #[error("the extern cache was poisoned by a panic")]
    Poisoned,
}

/// Where a student's exercise stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    /// It compiles and all its tests pass.
    Done { tests: usize },
    /// rustc refused it: its message, as a person would see it.
    DoesNotCompile { output: String },
    /// It compiles, but a test fails (or none ran, or they hung): the test run's output.
    TestsFail { output: String },
    /// The file is not there (deleted?): `reset` brings it back.
    Missing,
}

impl Status {
    pub fn is_done(&self) -> bool {
        matches!(self, Status::Done { .. })
    }
}

/// Checks exercises, sharing the compiler's version and the crates' paths between them.
#[derive(Debug)]
pub struct Checker {
    ws: Workspace,
    color: bool,
    rustc_version: OnceLock<Result<String, String>>,
    /// Per chapter package: crate name → rlib, from that chapter's build.
    externs: Mutex<BTreeMap<String, Result<Externs, String>>>,
}

impl Checker {
    pub fn new(ws: &Workspace, color: bool) -> Checker {
        Checker {
            ws: ws.clone(),
            color,
            rustc_version: OnceLock::new(),
            externs: Mutex::new(BTreeMap::new()),
        }
    }

    /// The exercise's verdict, from the cache when its file has not changed since.
    pub fn check(
        &self,
        chapter: &Chapter,
        exercise: &Exercise,
        progress: &mut dyn FnMut(&str),
    ) -> Result<Status, CheckError> {
        let file = exercise.template(chapter);
        let Ok(source) = fs::read(&file) else {
            return Ok(Status::Missing);
        };
        let dir = self.cache_dir(chapter, exercise);
        let key = format!(
            "{}\ncolor={}\ncrates={}\n{}\n",
            self.rustc_version()?,
            self.color,
            exercise.crates.join(","),
            fingerprint(&source)
        );
        if fs::read_to_string(dir.join("key")).ok().as_deref() == Some(key.as_str())
            && let Some(status) = fs::read_to_string(dir.join("status.json"))
                .ok()
                .and_then(|text| serde_json::from_str(&text).ok())
        {
            return Ok(status);
        }
        progress(&format!("checking {}…", exercise.name));
        let status = self.compile_and_test(chapter, &file, exercise, &dir)?;
        let cache = |source| CheckError::Cache {
            path: self.ws.relative(&dir),
            source,
        };
        fs::create_dir_all(&dir).map_err(cache)?;
        // The status first: a key without its status is never read as a hit.
        let _ = fs::remove_file(dir.join("key"));
        let json = serde_json::to_string(&status).map_err(|e| cache(e.into()))?;
        fs::write(dir.join("status.json"), json).map_err(cache)?;
        fs::write(dir.join("key"), key).map_err(cache)?;
        Ok(status)
    }

    fn cache_dir(&self, chapter: &Chapter, exercise: &Exercise) -> PathBuf {
        self.ws
            .scratch_dir()
            .join("exercises")
            .join(&chapter.dir_name)
            .join(&exercise.name)
    }

    fn compile_and_test(
        &self,
        chapter: &Chapter,
        file: &Path,
        exercise: &Exercise,
        dir: &Path,
    ) -> Result<Status, CheckError> {
        fs::create_dir_all(dir).map_err(|source| CheckError::Cache {
            path: self.ws.relative(dir),
            source,
        })?;
        let binary = dir.join(format!("{}-tests", exercise.name));
        let _ = fs::remove_file(&binary);
        let mut rustc = Command::new(rustc_program());
        rustc
            .args([
                "--edition",
                "2024",
                "--test",
                "--crate-name",
                &exercise.name,
            ])
            // Under `--test`, `main` and what only it uses are dead code: the student's business.
            .args(["-A", "dead_code", "-C", "debuginfo=0"])
            .args(["--color", if self.color { "always" } else { "never" }])
            .arg("-o")
            .arg(&binary);
        if !exercise.crates.is_empty() {
            let externs = self.externs(chapter)?;
            for krate in &exercise.crates {
                let rlib = externs.get(&krate.replace('-', "_")).ok_or_else(|| {
                    CheckError::MissingCrate {
                        package: chapter.package.clone(),
                        krate: krate.clone(),
                    }
                })?;
                rustc.arg("--extern").arg(format!(
                    "{}={}",
                    krate.replace('-', "_"),
                    rlib.display()
                ));
                if let Some(deps) = rlib.parent() {
                    rustc
                        .arg("-L")
                        .arg(format!("dependency={}", deps.display()));
                }
            }
        }
        // Relative to the root, so that rustc's message names the file as the student sees it.
        rustc.arg(self.ws.relative(file));
        let label = format!("rustc on {}", self.ws.relative(file));
        let compiled = Job::new(label, rustc, RUSTC_TIMEOUT)
            .cwd(&self.ws.root)
            .run()?;
        if !compiled.success() {
            return Ok(Status::DoesNotCompile {
                output: compiled.combined().trim_end().to_string(),
            });
        }
        let mut tests = Command::new(&binary);
        // Plain: its lines are parsed (libtest's colours include `ESC ( B`, which testlog keeps).
        tests.args(["--color", "never"]);
        // A panic's message says what went wrong; a backtrace would push it off the screen.
        tests.env("RUST_BACKTRACE", "0");
        let label = format!("the tests of {}", exercise.name);
        let ran = match Job::new(label, tests, TESTS_TIMEOUT)
            .cwd(&self.ws.root)
            .run()
        {
            Ok(ran) => ran,
            Err(e @ ProcessError::Timeout { .. }) => {
                return Ok(Status::TestsFail {
                    output: format!("{e}: does a thread wait for a lock it already holds?"),
                });
            }
            Err(e) => return Err(e.into()),
        };
        Ok(verdict(&ran))
    }

    fn rustc_version(&self) -> Result<String, CheckError> {
        let found = self.rustc_version.get_or_init(|| {
            let mut command = Command::new(rustc_program());
            command.arg("-vV");
            match Job::new("rustc -vV", command, RUSTC_TIMEOUT).run() {
                Ok(done) if done.success() => Ok(done.stdout()),
                Ok(done) => Err(format!("`rustc -vV` failed: {}", done.combined())),
                Err(e) => Err(e.to_string()),
            }
        });
        found.clone().map_err(CheckError::Tool)
    }

    fn externs(&self, chapter: &Chapter) -> Result<Externs, CheckError> {
        let mut cache = self.externs.lock().map_err(|_| CheckError::Poisoned)?;
        let found = cache.entry(chapter.package.clone()).or_insert_with(|| {
            let mut command = Command::new(cargo());
            command.args([
                "build",
                "--package",
                &chapter.package,
                "--message-format=json",
            ]);
            let label = format!(
                "`cargo build --package {}` (the crates its exercises use)",
                chapter.package
            );
            // A first run builds the chapter: a live line, so that it is not silence.
            let live_line = crate::live::still_running(format!("the build of {}", chapter.package));
            let done =
                live_line(Job::new(label.clone(), command, CARGO_TIMEOUT).cwd(&self.ws.root)).run();
            crate::live::finished();
            let done = done.map_err(|e| e.to_string())?;
            if !done.success() {
                return Err(format!("{label} failed:\n{}", done.stderr()));
            }
            Ok(rlibs(&done.stdout()))
        });
        found.clone().map_err(CheckError::Tool)
    }
}

/// `RUSTC` when set (as cargo honours it), else the `rustc` on the PATH.
fn rustc_program() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())
}

/// Done when the tests passed and there was at least one (a file stripped of its tests proves
/// nothing).
fn verdict(ran: &Finished) -> Status {
    let output = ran.combined();
    let lines = testlog::parse(output.lines());
    let passed = lines
        .iter()
        .filter(|t| t.outcome == Outcome::Passed)
        .count();
    if ran.success() && passed > 0 {
        Status::Done { tests: passed }
    } else {
        let output = if passed == 0 && ran.success() {
            format!("{output}\nNo test ran: keep the tests the exercise came with.")
        } else {
            output
        };
        Status::TestsFail {
            output: output.trim().to_string(),
        }
    }
}

/// Crate name → rlib, from cargo's `--message-format=json` lines.
fn rlibs(json_lines: &str) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    for line in json_lines.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-artifact" {
            continue;
        }
        let Some(name) = message["target"]["name"].as_str() else {
            continue;
        };
        let files = message["filenames"].as_array().into_iter().flatten();
        for file in files.filter_map(|f| f.as_str()) {
            if file.ends_with(".rlib") {
                found.insert(name.replace('-', "_"), PathBuf::from(file));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rlibs_are_read_from_cargos_artifact_messages() {
        let lines = r#"{"reason":"compiler-artifact","target":{"name":"serde_json","kind":["lib"]},"filenames":["/t/deps/libserde_json-1.rlib","/t/deps/libserde_json-1.rmeta"]}
{"reason":"build-script-executed","package_id":"x"}
{"reason":"compiler-artifact","target":{"name":"serde_derive","kind":["proc-macro"]},"filenames":["/t/deps/libserde_derive-2.so"]}
not json"#;
        let found = rlibs(lines);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found["serde_json"],
            Path::new("/t/deps/libserde_json-1.rlib")
        );
    }

    const TEMPLATE: &str = "// TODO: upper-case the name, or give \"\" for None\n\
        pub fn upper(name: Option<&str>) -> String {\n    name.to_uppercase()\n}\n";
    const SOLUTION: &str = "pub fn upper(name: Option<&str>) -> String {\n    \
        name.map(str::to_uppercase).unwrap_or_default()\n}\n";
    const TESTS: &str = "#[cfg(test)]\nmod tests {\n    use super::*;\n    \
        #[test]\n    fn some() { assert_eq!(upper(Some(\"a\")), \"A\"); }\n    \
        #[test]\n    fn none() { assert_eq!(upper(None), \"\"); }\n    \
        #[test]\n    fn word() { assert_eq!(upper(Some(\"ab\")), \"AB\"); }\n}\n";

    /// The real compiler on a throwaway exercise: the template does not compile, its solution
    /// is done, and the solution stripped of its tests is not.
    #[test]
    fn a_template_fails_and_its_solution_is_done() {
        let ws = Workspace::locate();
        let scratch = textbook_harness::Scratch::new("xtask-exercise-check");
        let chapter = Chapter {
            number: 99,
            dir_name: format!("check-test-{}", std::process::id()),
            package: "chapter-99".into(),
            dir: scratch.path().to_path_buf(),
            python_dir: scratch.path().join("python"),
        };
        let exercise = Exercise {
            name: "none_upper".into(),
            title: "t".into(),
            claim: "c".into(),
            crates: Vec::new(),
            pristine: fingerprint(format!("{TEMPLATE}\n{TESTS}").as_bytes()),
            hint: "h".into(),
        };
        let checker = Checker::new(&ws, false);
        let mut quiet = |_: &str| {};
        let mut attempt = |source: String| {
            scratch.write("exercises/none_upper.rs", &source);
            checker.check(&chapter, &exercise, &mut quiet).unwrap()
        };

        let status = attempt(format!("{TEMPLATE}\n{TESTS}"));
        let Status::DoesNotCompile { output } = &status else {
            panic!("{status:?}");
        };
        assert!(output.contains("error[E0599]"), "{output}");
        assert!(output.contains("exercises/none_upper.rs"), "{output}");

        let status = attempt(format!("{SOLUTION}\n{TESTS}"));
        assert!(matches!(status, Status::Done { tests: 3 }), "{status:?}");

        let status = attempt(SOLUTION.to_string());
        assert!(matches!(status, Status::TestsFail { .. }), "{status:?}");

        let _ = fs::remove_dir_all(checker.cache_dir(&chapter, &exercise));
    }
}
