//! The Python side's environment: a virtual environment under `target/textbook/venv`, built from
//! `python_equivalents/requirements.txt` on first need and rebuilt whenever that file (or the
//! interpreter) changes. `PYTHON=/path/to/python3` chooses the interpreter.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{Job, ProcessError, describe};
use crate::workspace::Workspace;

mod verify;
use verify::{Verified, pinned, verify};

const MIN_MINOR: u32 = 11;
const INSTALL_TIMEOUT: Duration = Duration::from_secs(15 * 60);
const QUICK_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum PythonError {
    #[error(
        "no Python interpreter found ({tried}). The Python side of the textbook needs Python 3.{MIN_MINOR} \
         or newer: install it (Debian/Ubuntu: `apt-get install python3 python3-venv`; macOS: \
         `brew install python`; or python.org), or point PYTHON at one: PYTHON=/path/to/python3"
    )]
    NotFound { tried: String },
    #[error(
        "{interpreter} is Python {version}; the textbook needs 3.{MIN_MINOR} or newer (set PYTHON to choose another)"
    )]
    TooOld {
        interpreter: String,
        version: String,
    },
    #[error(
        "could not create the virtual environment {venv} with `{tried}`:\n{output}\n\
         (on Debian/Ubuntu the venv module is in the package python3-venv)"
    )]
    Venv {
        venv: String,
        tried: String,
        output: String,
    },
    #[error(
        "pip could not install the Python side's packages. Tried: `{tried}`\n{output}\n\
         Check the network access to the package index, or the pins in {requirements}"
    )]
    Pip {
        tried: String,
        output: String,
        requirements: String,
    },
    #[error(
        "the Python environment {venv} is not usable even after reinstalling its packages: {why}. \
         Fix: delete it (`rm -rf {venv}`) and run again; if that does not help, check the pins \
         in {requirements}"
    )]
    Unusable {
        venv: String,
        why: String,
        requirements: String,
    },
    #[error("could not write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Process(#[from] ProcessError),
}

/// A ready environment: every Python tool of the textbook runs through `python`.
#[derive(Debug, Clone)]
pub struct PythonEnv {
    /// The venv's interpreter (a link to the real one, never a shim).
    pub python: PathBuf,
    /// `python_equivalents/`, the working directory of every Python command.
    pub dir: PathBuf,
    pub version: String,
}

impl PythonEnv {
    /// A command for `python <args>` in `python_equivalents/`, unbuffered and without bytecode
    /// files in the tree.
    pub fn command<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut command = Command::new(&self.python);
        command
            .args(args)
            .current_dir(&self.dir)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONUNBUFFERED", "1")
            .env("PYTHONUTF8", "1")
            .env_remove("PYTHONPATH");
        command
    }
}

/// The base interpreter and its version: `PYTHON`, else `python3`, else `python` on `PATH`.
fn base_interpreter(chosen: Option<String>) -> Result<(String, String), PythonError> {
    let chosen = chosen.filter(|c| !c.trim().is_empty());
    let candidates: Vec<String> = match &chosen {
        Some(chosen) => vec![chosen.clone()],
        None => vec!["python3".into(), "python".into()],
    };
    let mut tried = Vec::new();
    for candidate in &candidates {
        let mut command = Command::new(candidate);
        command.args([
            "-c",
            // `%`-formatting and `write`, not `print(a, b)`: Python 2 would print a tuple.
            "import sys; sys.stdout.write('%d %d %s\\n' % (sys.version_info[0], sys.version_info[1], sys.version.split()[0]))",
        ]);
        match Job::new(format!("`{candidate}`"), command, QUICK_TIMEOUT).run() {
            Ok(done) if done.success() => {
                let out = done.stdout();
                let parts: Vec<&str> = out.split_whitespace().collect();
                let (major, minor) = (parts.first(), parts.get(1));
                let version = parts.get(2).unwrap_or(&"?").to_string();
                let new_enough = major == Some(&"3")
                    && minor.and_then(|m| m.parse::<u32>().ok()) >= Some(MIN_MINOR);
                if !new_enough {
                    return Err(PythonError::TooOld {
                        interpreter: candidate.clone(),
                        version,
                    });
                }
                return Ok((candidate.clone(), version));
            }
            Ok(done) => tried.push(format!("`{candidate}` failed: {}", done.stderr().trim())),
            Err(_) => tried.push(not_started(candidate)),
        }
    }
    let how = if chosen.is_some() {
        "PYTHON is set"
    } else {
        "PYTHON is not set"
    };
    Err(PythonError::NotFound {
        tried: format!("{}; {how}", tried.join("; ")),
    })
}

/// Why `candidate` could not be started, in the words that lead to the fix.
fn not_started(candidate: &str) -> String {
    let path = Path::new(candidate);
    if !candidate.contains('/') {
        format!("`{candidate}` is not on PATH")
    } else if !path.exists() {
        format!("`{candidate}` does not exist")
    } else if path.is_dir() {
        format!("`{candidate}` is a directory")
    } else {
        format!("`{candidate}` could not be run (is it executable?)")
    }
}

/// Makes sure the environment exists, matches `requirements.txt`, and really holds every pinned
/// package at its pinned version (a venv whose packages were removed must not pass as one);
/// builds or repairs it if not, and fails naming the fix if even that does not help.
/// `progress` hears what is happening, since an install takes a minute.
pub fn ensure(ws: &Workspace, progress: &mut dyn FnMut(&str)) -> Result<PythonEnv, PythonError> {
    let (base, version) = base_interpreter(std::env::var("PYTHON").ok())?;
    let venv = ws.scratch_dir().join("venv");
    let requirements = ws.python_dir().join("requirements.txt");
    let pins = fs::read_to_string(&requirements).map_err(|source| PythonError::Io {
        path: requirements.display().to_string(),
        source,
    })?;
    let pinned = pinned(&pins);
    // One process at a time checks and builds the venv (a lecture and a test run, side by side,
    // must not both rebuild it); the lock is released when `_lock` is dropped.
    let _lock = lock(&ws.scratch_dir().join("venv.lock"))?;
    let python = venv.join("bin/python");
    let stamp_path = venv.join("textbook-stamp.txt");
    let stamp = format!("interpreter: {base} {version}\n{pins}");
    let env = PythonEnv {
        python: python.clone(),
        dir: ws.python_dir(),
        version,
    };
    let (venv_shown, requirements_shown) = (ws.relative(&venv), ws.relative(&requirements));

    let stamped = fs::read_to_string(&stamp_path).ok().as_deref() == Some(&stamp);
    let rebuild = if !python.is_file() {
        progress(&format!(
            "Creating the Python environment {venv_shown} from {requirements_shown} (Python {}; \
             the first time, and again only if it is deleted)…",
            env.version
        ));
        true
    } else if !stamped {
        progress(&format!(
            "Rebuilding the Python environment {venv_shown}: {requirements_shown} or the \
             interpreter changed (Python {})…",
            env.version
        ));
        true
    } else {
        match verify(&env, &pinned) {
            Verified::Ready => return Ok(env),
            Verified::Broken(why) => {
                progress(&format!(
                    "Rebuilding the Python environment {venv_shown}: its interpreter does not start ({why})…"
                ));
                true
            }
            Verified::Missing(problems) => {
                // From scratch: pip trusts the metadata that says a package is there, and what
                // else is damaged cannot be known.
                progress(&format!(
                    "Repairing the Python environment {venv_shown} (rebuilding it): {}…",
                    problems.join("; ")
                ));
                true
            }
        }
    };
    if rebuild {
        create(ws, &base, &venv)?;
    }
    install(&python, &requirements, &requirements_shown, progress)?;
    match verify(&env, &pinned) {
        Verified::Ready => {}
        Verified::Broken(why) => return Err(unusable(&venv_shown, &requirements_shown, &why)),
        Verified::Missing(problems) => {
            return Err(unusable(
                &venv_shown,
                &requirements_shown,
                &problems.join("; "),
            ));
        }
    }
    write(&stamp_path, &stamp)?;
    progress("Python environment ready.");
    Ok(env)
}

fn unusable(venv: &str, requirements: &str, why: &str) -> PythonError {
    PythonError::Unusable {
        venv: venv.to_string(),
        why: why.to_string(),
        requirements: requirements.to_string(),
    }
}

fn create(ws: &Workspace, base: &str, venv: &Path) -> Result<(), PythonError> {
    let _ = fs::remove_dir_all(venv);
    let mut command = Command::new(base);
    command.args(["-m", "venv"]).arg(venv);
    let tried = describe(&command);
    let job = Job::new("python -m venv", command, QUICK_TIMEOUT * 3);
    let live_line = crate::live::still_running("the creation of the Python environment");
    let done = live_line(job).run();
    crate::live::finished();
    let done = done?;
    if !done.success() {
        return Err(PythonError::Venv {
            venv: ws.relative(venv),
            tried,
            output: done.combined(),
        });
    }
    Ok(())
}

/// `pip install -r requirements.txt`, its progress shown line by line (a first install
/// downloads numpy, mypy and ruff: a person must see that something is happening).
fn install(
    python: &Path,
    requirements: &Path,
    requirements_shown: &str,
    progress: &mut dyn FnMut(&str),
) -> Result<(), PythonError> {
    let mut command = Command::new(python);
    command
        .args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--progress-bar",
            "off",
            "-r",
        ])
        .arg(requirements);
    let tried = describe(&command);
    progress(&format!("Installing the pinned packages: {tried}"));
    // pip's lines as they come, and a live line between them: a download is not silence.
    let live_line = crate::live::still_running("pip install");
    let done = live_line(
        Job::new("pip install", command, INSTALL_TIMEOUT).on_line(|_, line| {
            // pip's steps, not its every requirement-already-satisfied line.
            if !line.starts_with("Requirement already satisfied") {
                crate::live::finished();
                eprintln!("  pip: {line}");
            }
        }),
    )
    .run();
    crate::live::finished();
    let done = done?;
    if !done.success() {
        let output = done.combined();
        let tail: Vec<&str> = output.lines().rev().take(25).collect();
        return Err(PythonError::Pip {
            tried,
            output: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
            requirements: requirements_shown.to_string(),
        });
    }
    Ok(())
}

fn lock(path: &Path) -> Result<fs::File, PythonError> {
    let io = |source| PythonError::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io)?;
    }
    let file = fs::File::create(path).map_err(io)?;
    file.lock().map_err(io)?;
    Ok(file)
}

fn write(path: &Path, text: &str) -> Result<(), PythonError> {
    fs::write(path, text).map_err(|source| PythonError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests;
