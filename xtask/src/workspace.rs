//! Where things are. Chapters, demos and twins are found by convention, never listed by hand:
//! a new chapter is a folder `chapters/chNN-slug/` and a folder `python_equivalents/chNN_slug/`.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::process::Job;

const METADATA_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("could not read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} has no `[package] name`")]
    NoPackageName { path: PathBuf },
    #[error("no Cargo workspace above {from}: run `cargo xtask` inside a checkout of the textbook")]
    NoWorkspace { from: String },
    #[error("there is no chapter `{query}`; the chapters are: {known}")]
    UnknownChapter { query: String, known: String },
    #[error("chapter {chapter} has no demo `{query}`; its demos are: {known}")]
    UnknownDemo {
        chapter: String,
        query: String,
        known: String,
    },
}

/// Names the chapters the workspace checks prove (see [`Workspace::selected_chapters`]).
pub const CHAPTERS_VAR: &str = "TEXTBOOK_CHAPTERS";
/// The value of [`CHAPTERS_VAR`] that asks the checks for no chapter, only the platform's own
/// Python tests (`python_equivalents/test_*.py`, of the code the twins share): `cargo xtask test`
/// proves each chapter apart, so a whole run asks for these once, with the platform's tests.
pub const PLATFORM_SELECTION: &str = "platform";

/// The repository root and what hangs off it.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    /// Asked of cargo once, shared by the clones.
    target: Arc<OnceLock<PathBuf>>,
}

impl Workspace {
    /// The workspace the xtask runs in, found at run time: from the package cargo says it is
    /// running (`CARGO_MANIFEST_DIR`, set by `cargo run` and `cargo test`), else from the current
    /// directory, the nearest folder upwards whose Cargo.toml has a `[workspace]`. Never the
    /// folder the xtask was compiled in: one build serves every checkout that shares a target
    /// dir, and must work on the checkout it was run in.
    pub fn find() -> Result<Self, WorkspaceError> {
        let starts: Vec<PathBuf> = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .into_iter()
            .chain(std::env::current_dir().ok())
            .collect();
        starts
            .iter()
            .find_map(|start| workspace_above(start))
            .map(Workspace::at)
            .ok_or_else(|| WorkspaceError::NoWorkspace {
                from: starts
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            })
    }

    /// As `find`, for the tests and the checks harness: the current directory when no workspace
    /// is found (whatever reads the tree then says what is missing).
    pub fn locate() -> Self {
        Self::find().unwrap_or_else(|_| Workspace::at("."))
    }

    pub fn at(root: impl Into<PathBuf>) -> Self {
        Workspace {
            root: root.into(),
            target: Arc::default(),
        }
    }

    /// This workspace with its target dir given rather than asked of cargo: for a test's
    /// throwaway workspace, which must never use the CARGO_TARGET_DIR of the run that tests it
    /// (that is the real venv and caches of whoever runs the tests).
    pub fn with_target_dir(self, dir: impl Into<PathBuf>) -> Self {
        let target = OnceLock::new();
        let _ = target.set(dir.into());
        Workspace {
            root: self.root,
            target: Arc::new(target),
        }
    }

    /// Cargo's target dir for this workspace, as `cargo metadata` reports it (which honours
    /// CARGO_TARGET_DIR and `build.target-dir` in any config); `<root>/target` if cargo cannot say.
    pub fn target_dir(&self) -> PathBuf {
        self.target
            .get_or_init(|| {
                cargo_target_dir(&self.root).unwrap_or_else(|| {
                    match std::env::var_os("CARGO_TARGET_DIR") {
                        Some(dir) => self.root.join(dir),
                        None => self.root.join("target"),
                    }
                })
            })
            .clone()
    }

    /// Everything the textbook writes (venv, reports, results) lives here, never in the tree.
    pub fn scratch_dir(&self) -> PathBuf {
        self.target_dir().join("textbook")
    }

    pub fn python_dir(&self) -> PathBuf {
        self.root.join("python_equivalents")
    }

    /// A path relative to the root, with `/` separators, for messages and ledger entries.
    pub fn relative(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    pub fn chapters(&self) -> Result<Vec<Chapter>, WorkspaceError> {
        let dir = self.root.join("chapters");
        let mut chapters = Vec::new();
        for entry in read_dir(&dir)? {
            let Some((number, slug)) = parse_chapter_dir(&entry) else {
                continue;
            };
            let path = dir.join(&entry);
            let manifest = path.join("Cargo.toml");
            if !manifest.is_file() {
                continue;
            }
            chapters.push(Chapter {
                number,
                package: package_name(&manifest)?,
                python_dir: self
                    .python_dir()
                    .join(format!("ch{number:02}_{}", slug.replace('-', "_"))),
                dir_name: entry,
                dir: path,
            });
        }
        chapters.sort_by_key(|c| c.number);
        Ok(chapters)
    }

    /// The chapters a run is about: those named in [`CHAPTERS_VAR`] (comma-separated, any form
    /// [`Workspace::chapter`] accepts), or all of them when it is unset or empty. `cargo xtask
    /// test 2` sets it for the workspace checks, so that they prove chapter 2 alone.
    pub fn selected_chapters(&self) -> Result<Vec<Chapter>, WorkspaceError> {
        let wanted = std::env::var(CHAPTERS_VAR).unwrap_or_default();
        let queries: Vec<&str> = wanted
            .split(',')
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .collect();
        if queries.is_empty() {
            return self.chapters();
        }
        queries.into_iter().map(|q| self.chapter(q)).collect()
    }

    /// Accepts `1`, `01`, `ch01`, `chapter-01`, the folder name, or the package name.
    pub fn chapter(&self, query: &str) -> Result<Chapter, WorkspaceError> {
        let chapters = self.chapters()?;
        let wanted = query.trim().to_ascii_lowercase();
        let digits = wanted
            .trim_start_matches("chapter")
            .trim_start_matches("ch")
            .trim_start_matches(['-', '_']);
        let number: Option<u32> = digits.parse().ok();
        let found = chapters
            .iter()
            .find(|c| Some(c.number) == number || c.dir_name == wanted || c.package == wanted);
        match found {
            Some(chapter) => Ok(chapter.clone()),
            None => Err(WorkspaceError::UnknownChapter {
                query: query.to_string(),
                known: chapters
                    .iter()
                    .map(|c| format!("{} ({})", c.number, c.package))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

/// One chapter: a crate under `chapters/` and its Python twin package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub number: u32,
    /// `ch01-case-for-rust`
    pub dir_name: String,
    /// `chapter-01`
    pub package: String,
    pub dir: PathBuf,
    /// `python_equivalents/ch01_case_for_rust`
    pub python_dir: PathBuf,
}

impl fmt::Display for Chapter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.package)
    }
}

impl Chapter {
    pub fn ledger_path(&self) -> PathBuf {
        self.dir.join("claims.toml")
    }

    pub fn readme_path(&self) -> PathBuf {
        self.dir.join("README.md")
    }

    /// `ch01_case_for_rust`: the Python package, run as `python -m <module>.<demo>`.
    pub fn python_module(&self) -> String {
        self.python_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Every `src/bin/<demo>.rs`, in name order, with its Python twin if it has one.
    pub fn demos(&self) -> Result<Vec<Demo>, WorkspaceError> {
        let bin_dir = self.dir.join("src/bin");
        if !bin_dir.is_dir() {
            return Ok(Vec::new());
        }
        let mut demos = Vec::new();
        for file in read_dir(&bin_dir)? {
            let Some(name) = file.strip_suffix(".rs") else {
                continue;
            };
            let twin = self.python_dir.join(format!("{name}.py"));
            demos.push(Demo {
                name: name.to_string(),
                rust: bin_dir.join(&file),
                python: twin.is_file().then_some(twin),
            });
        }
        Ok(demos)
    }

    pub fn demo(&self, query: &str) -> Result<Demo, WorkspaceError> {
        let demos = self.demos()?;
        let wanted = query.replace('-', "_");
        match demos.iter().find(|d| d.name == wanted) {
            Some(demo) => Ok(demo.clone()),
            None => Err(WorkspaceError::UnknownDemo {
                chapter: self.package.clone(),
                query: query.to_string(),
                known: demos
                    .iter()
                    .map(|d| d.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

/// A runnable example: `src/bin/<name>.rs` and its twin `<python_dir>/<name>.py`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demo {
    pub name: String,
    pub rust: PathBuf,
    pub python: Option<PathBuf>,
}

/// The nearest folder from `start` upwards whose Cargo.toml declares a `[workspace]`.
fn workspace_above(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).ok()?;
        let table: toml::Table = manifest.parse().ok()?;
        table.contains_key("workspace").then(|| dir.to_path_buf())
    })
}

fn cargo_target_dir(root: &Path) -> Option<PathBuf> {
    let mut command = Command::new(crate::process::cargo());
    command
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root);
    let done = Job::new("cargo metadata", command, METADATA_TIMEOUT)
        .run()
        .ok()?;
    if !done.success() {
        return None;
    }
    let metadata: serde_json::Value = serde_json::from_str(&done.stdout()).ok()?;
    metadata
        .get("target_directory")?
        .as_str()
        .map(PathBuf::from)
}

fn parse_chapter_dir(name: &str) -> Option<(u32, &str)> {
    let rest = name.strip_prefix("ch")?;
    let (digits, slug) = rest.split_once('-')?;
    Some((digits.parse().ok()?, slug))
}

fn package_name(manifest: &Path) -> Result<String, WorkspaceError> {
    let text = fs::read_to_string(manifest).map_err(|source| WorkspaceError::Io {
        path: manifest.to_path_buf(),
        source,
    })?;
    let value: toml::Table = text.parse().map_err(|_| WorkspaceError::NoPackageName {
        path: manifest.to_path_buf(),
    })?;
    value
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .map(str::to_string)
        .ok_or_else(|| WorkspaceError::NoPackageName {
            path: manifest.to_path_buf(),
        })
}

/// File names in a folder, sorted, so that every listing is stable.
pub fn read_dir(dir: &Path) -> Result<Vec<String>, WorkspaceError> {
    let io = |source| WorkspaceError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(io)? {
        names.push(
            entry
                .map_err(io)?
                .file_name()
                .to_string_lossy()
                .into_owned(),
        );
    }
    names.sort();
    Ok(names)
}

/// Every file under `dir` (recursively) whose name ends with `suffix`, sorted.
pub fn files_under(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, WorkspaceError> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for name in read_dir(dir)? {
        let path = dir.join(&name);
        if path.is_dir() {
            found.extend(files_under(&path, suffix)?);
        } else if name.ends_with(suffix) {
            found.push(path);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests;
