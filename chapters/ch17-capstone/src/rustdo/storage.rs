//! Step 2, storage: the task list as pretty JSON in one file. The file's path is a parameter of
//! `load_tasks` and `save_tasks`, so that tests and demos use scratch files, never the user's
//! home; `task_file_path` is where a real run would keep it (`~/.rustdo.json`).
use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::task::Task;

#[derive(Debug, Error)]
pub enum StorageError {
    #[error("cannot tell where your home directory is, to keep .rustdo.json there")]
    NoHome,
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a task list: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
}

/// `<home>/.rustdo.json`. A real run passes `std::env::home_dir()`, which answers what the
/// lecture's `dirs::home_dir()` does (std un-deprecated it in Rust 1.87). No home is an error
/// the caller sees: the lecture's `.expect()` here panics past `load_tasks`'s `Result`.
pub fn task_file_path(home: Option<PathBuf>) -> Result<PathBuf, StorageError> {
    home.map(|home| home.join(".rustdo.json"))
        .ok_or(StorageError::NoHome)
}

/// A missing file is an empty list, as in the lecture; any other failure is an error.
pub fn load_tasks(path: &Path) -> Result<Vec<Task>, StorageError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let content = fs::read_to_string(path).map_err(|source| StorageError::Io {
        path: path.into(),
        source,
    })?;
    serde_json::from_str(&content).map_err(|source| StorageError::Json {
        path: path.into(),
        source,
    })
}

pub fn save_tasks(path: &Path, tasks: &[Task]) -> Result<(), StorageError> {
    let json = serde_json::to_string_pretty(tasks).map_err(|source| StorageError::Json {
        path: path.into(),
        source,
    })?;
    fs::write(path, json).map_err(|source| StorageError::Io {
        path: path.into(),
        source,
    })
}
