//! The Python side's environment: a virtual environment under `target/textbook/venv`, built from
//! `python_equivalents/requirements.txt` on first need and rebuilt whenever that file (or the
//! interpreter) changes. `PYTHON=/path/to/python3` chooses the interpreter.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{Job, ProcessError, describe};
use crate::workspace::Workspace;

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
            "import sys; print(sys.version_info[0], sys.version_info[1], sys.version.split()[0])",
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
            Err(_) => tried.push(format!("`{candidate}` is not on PATH")),
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

/// Makes sure the environment exists and matches `requirements.txt`; builds it if not.
/// `progress` hears what is happening, since a first install takes a minute.
pub fn ensure(ws: &Workspace, progress: &mut dyn FnMut(&str)) -> Result<PythonEnv, PythonError> {
    let (base, version) = base_interpreter(std::env::var("PYTHON").ok())?;
    let venv = ws.scratch_dir().join("venv");
    let requirements = ws.python_dir().join("requirements.txt");
    let pins = fs::read_to_string(&requirements).map_err(|source| PythonError::Io {
        path: requirements.display().to_string(),
        source,
    })?;
    let python = venv.join("bin/python");
    let stamp_path = venv.join("textbook-stamp.txt");
    let stamp = format!("interpreter: {base} {version}\n{pins}");
    let env = PythonEnv {
        python: python.clone(),
        dir: ws.python_dir(),
        version,
    };
    if python.is_file() && fs::read_to_string(&stamp_path).ok().as_deref() == Some(&stamp) {
        return Ok(env);
    }

    progress(&format!(
        "Creating the Python environment {} from {} (Python {}; first time only)…",
        ws.relative(&venv),
        ws.relative(&requirements),
        env.version
    ));
    let _ = fs::remove_dir_all(&venv);
    let mut command = Command::new(&base);
    command.args(["-m", "venv"]).arg(&venv);
    let tried = describe(&command);
    let done = Job::new("python -m venv", command, QUICK_TIMEOUT * 3).run()?;
    if !done.success() {
        return Err(PythonError::Venv {
            venv: ws.relative(&venv),
            tried,
            output: done.combined(),
        });
    }

    let mut command = Command::new(&python);
    command
        .args(["-m", "pip", "install", "--disable-pip-version-check", "-r"])
        .arg(&requirements);
    let tried = describe(&command);
    progress(&format!("Installing the pinned packages: {tried}"));
    let done = Job::new("pip install", command, INSTALL_TIMEOUT).run()?;
    if !done.success() {
        let output = done.combined();
        let tail: Vec<&str> = output.lines().rev().take(25).collect();
        return Err(PythonError::Pip {
            tried,
            output: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
            requirements: ws.relative(&requirements),
        });
    }
    write(&stamp_path, &stamp)?;
    progress("Python environment ready.");
    Ok(env)
}

fn write(path: &Path, text: &str) -> Result<(), PythonError> {
    fs::write(path, text).map_err(|source| PythonError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_interpreter_says_how_to_get_one() {
        let err = base_interpreter(Some("/no/such/python3".into())).unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, PythonError::NotFound { .. }), "{message}");
        assert!(message.contains("/no/such/python3"), "{message}");
        assert!(message.contains("PYTHON=/path/to/python3"), "{message}");
        assert!(message.contains("apt-get install python3"), "{message}");
    }

    #[test]
    fn an_old_interpreter_is_refused_by_version() {
        // `sh` stands in for an interpreter that reports Python 3.8.
        let fake =
            std::env::temp_dir().join(format!("textbook-fake-python-{}", std::process::id()));
        fs::write(&fake, "#!/bin/sh\necho 3 8 3.8.10\n").unwrap();
        let mut perms = fs::metadata(&fake).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
        fs::set_permissions(&fake, perms).unwrap();
        let err = base_interpreter(Some(fake.display().to_string())).unwrap_err();
        let _ = fs::remove_file(&fake);
        assert!(matches!(err, PythonError::TooOld { .. }), "{err}");
        assert!(err.to_string().contains("3.8.10"), "{err}");
    }
}
