//! Step 2, storage: the task list as pretty JSON in one file. The file's path is a parameter
//! (the lecture asks the `dirs` crate for `~/.rustdo.json`; `dirs` is not in this workspace, and
//! a parameter lets tests use a scratch file instead of the user's home).
use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::task::Task;

#[derive(Debug, Error)]
pub enum StorageError {
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
