//! Installation, the tool table and the first project: what `rustc`, `cargo new`, `cargo run`
//! and the other subcommands really do, found out by running them in a scratch directory.
//!
//! Everything here runs offline (`cargo --offline`) with a deadline, in a directory of its own
//! under the system's temp dir, so a test or the demo never touches the network or this workspace.

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use textbook_harness::{ChildError, try_run_with_timeout};
use textbook_report::Report;

/// A cold build of a scratch project takes well under a second; this only stops a hang.
pub const TOOL_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum ToolError {
    #[error(transparent)]
    Child(#[from] ChildError),
    #[error("{what} {path}: {source}")]
    Io {
        what: &'static str,
        path: String,
        #[source]
        source: io::Error,
    },
}

fn io_error(what: &'static str, path: &Path) -> impl FnOnce(io::Error) -> ToolError {
    let path = path.display().to_string();
    move |source| ToolError::Io { what, path, source }
}

/// A directory of its own under the temp dir, removed with everything in it when dropped.
#[derive(Debug)]
pub struct Scratch {
    path: PathBuf,
}

impl Scratch {
    pub fn new(label: &str) -> Result<Scratch, ToolError> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("ch02-{}-{label}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&path); // a leftover of a killed run with a recycled pid
        fs::create_dir_all(&path).map_err(io_error("cannot create", &path))?;
        Ok(Scratch { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `text` to `relative` under the scratch directory, creating its folders.
    pub fn write(&self, relative: &str, text: &str) -> Result<PathBuf, ToolError> {
        write_file(&self.path.join(relative), text)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

pub fn write_file(path: &Path, text: &str) -> Result<PathBuf, ToolError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_error("cannot create", parent))?;
    }
    fs::write(path, text).map_err(io_error("cannot write", path))?;
    Ok(path.to_path_buf())
}

pub fn read_file(path: &Path) -> Result<String, ToolError> {
    fs::read_to_string(path).map_err(io_error("cannot read", path))
}

/// What a tool printed and how it ended.
#[derive(Debug, Clone)]
pub struct Ran {
    pub success: bool,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// The cargo that runs us (cargo sets `CARGO` for `cargo run` and `cargo test`), else the one on
/// the PATH.
pub fn cargo_program() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| "cargo".into(), PathBuf::from)
}

/// A tool run in `dir`, in an environment cleaned of whatever the outer build set: the scratch
/// project gets its own `target/`, no extra flags, and plain (uncoloured) messages.
pub fn tool(program: impl AsRef<OsStr>, dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO_BUILD_RUSTC_WRAPPER")
        // A cargo home of its own: the user's cargo config cannot change what `cargo new` writes,
        // and the scratch builds never wait for the package-cache lock of the user's other builds
        // (nothing here uses the registry, so cargo leaves the folder uncreated).
        .env("CARGO_HOME", std::env::temp_dir().join("ch02-cargo-home"))
        .env("CARGO_TERM_COLOR", "never")
        // Scratch projects are built once: incremental state would only cost time and disk.
        .env("CARGO_INCREMENTAL", "0");
    command
}

pub fn run(command: Command) -> Result<Ran, ToolError> {
    let output = try_run_with_timeout(command, TOOL_TIMEOUT)?;
    Ok(Ran {
        success: output.status.success(),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// `cargo --offline <args>` in `dir`: nothing here may need the network.
pub fn cargo(dir: &Path, args: &[&str]) -> Result<Ran, ToolError> {
    let mut all = vec!["--offline"];
    all.extend_from_slice(args);
    run(tool(cargo_program(), dir, &all))
}

/// `cargo new <name>` in `parent`, as a student types it (no flags): the project's path.
pub fn new_project(parent: &Path, name: &str) -> Result<PathBuf, ToolError> {
    let ran = cargo(parent, &["new", name])?;
    let project = parent.join(name);
    if !ran.success {
        return Err(ToolError::Io {
            what: "cargo new failed in",
            path: parent.display().to_string(),
            source: io::Error::other(ran.stderr),
        });
    }
    Ok(project)
}

/// Every file and folder under `root`, relative, sorted, folders ending in `/`. A git repository
/// is one entry (`.git/`): its insides are git's business.
pub fn listing(root: &Path) -> Result<Vec<String>, ToolError> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).map_err(io_error("cannot list", &dir))? {
            let path = entry.map_err(io_error("cannot list", &dir))?.path();
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                found.push(format!("{relative}/"));
                if relative != ".git" {
                    pending.push(path);
                }
            } else {
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The value of the first `key = "value"` line of a manifest (enough for what `cargo new` writes).
pub fn manifest_value(manifest: &str, key: &str) -> Option<String> {
    manifest.lines().find_map(|line| {
        let (name, value) = line.split_once('=')?;
        (name.trim() == key).then(|| value.trim().trim_matches('"').to_string())
    })
}

/// The first line a tool prints for `--version`.
pub fn version_of(program: &OsStr, args: &[&str]) -> Result<String, ToolError> {
    let here = std::env::temp_dir();
    let ran = run(tool(program, &here, args))?;
    Ok(ran.stdout.lines().next().unwrap_or_default().to_string())
}

/// What `cargo new` writes, and what `cargo run` then makes of it.
#[derive(Debug, Clone)]
pub struct FirstProject {
    pub written: Vec<String>,
    pub edition: Option<String>,
    pub run_output: String,
    pub after_run: Vec<String>,
}

pub fn first_project() -> Result<FirstProject, ToolError> {
    let scratch = Scratch::new("first-project")?;
    let project = new_project(scratch.path(), "myproject")?;
    let written = listing(&project)?;
    let edition = manifest_value(&read_file(&project.join("Cargo.toml"))?, "edition");
    let ran = cargo(&project, &["run", "--quiet"])?;
    let after_run = listing(&project)?
        .into_iter()
        .filter(|path| !path.starts_with("target/") || path == "target/")
        .collect();
    Ok(FirstProject {
        written,
        edition,
        run_output: ran.stdout.trim_end().to_string(),
        after_run,
    })
}

pub fn demo(report: &Report) {
    report.say(
        "The toolchain this machine has (the lecture's `rustc --version`, `cargo --version`):",
    );
    let cargo_path = cargo_program();
    let programs = [
        ("rustc_version", OsStr::new("rustc")),
        ("cargo_version", cargo_path.as_os_str()),
    ];
    for (case, program) in programs {
        let shown =
            version_of(program, &["--version"]).unwrap_or_else(|e| format!("not found: {e}"));
        report.extra(case, shown, "install/verify", None);
    }

    report.say("\n`cargo new myproject` in a scratch directory, then `cargo run` there (offline):");
    match first_project() {
        Ok(first) => {
            report.contrast(
                "new_project",
                first.written.join(" "),
                "project/cargo-new-layout",
            );
            report.extra(
                "edition",
                first.edition.as_deref().unwrap_or("none written"),
                "config/edition",
                None,
            );
            report.contrast("first_run", &first.run_output, "hello/cargo-new-greeting");
            report.extra(
                "after_first_run",
                first.after_run.join(" "),
                "tools/lock-file",
                None,
            );
        }
        Err(e) => report.contrast(
            "new_project",
            format!("failed: {e}"),
            "project/cargo-new-layout",
        ),
    }
}
