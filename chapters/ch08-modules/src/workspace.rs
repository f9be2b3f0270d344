//! Workspaces: this repository is one. The root Cargo.toml lists the members and the shared
//! dependency versions; one Cargo.lock at the root pins them for every member.
//! Twin: python_equivalents/ch08_modules/workspace.py.

use std::fs;
use std::path::{Path, PathBuf};

use textbook_report::Report;
use thiserror::Error;
use toml::Table;

#[derive(Debug, Error)]
pub enum WorkspaceError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not TOML: {source}")]
    Toml {
        path: String,
        source: toml::de::Error,
    },
    #[error("{0} has no [workspace] table")]
    NotAWorkspace(String),
}

/// The repository root: two levels above this chapter's folder.
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_toml(path: &Path) -> Result<Table, WorkspaceError> {
    let shown = path.display().to_string();
    let text = fs::read_to_string(path).map_err(|source| WorkspaceError::Read {
        path: shown.clone(),
        source,
    })?;
    text.parse().map_err(|source| WorkspaceError::Toml {
        path: shown,
        source,
    })
}

/// What the root manifest says about the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceFacts {
    pub members: Vec<String>,
    pub resolver: Option<String>,
    pub has_root_package: bool,
    pub shared_dependencies: usize,
}

pub fn facts(root: &Path) -> Result<WorkspaceFacts, WorkspaceError> {
    let manifest = read_toml(&root.join("Cargo.toml"))?;
    let workspace = manifest
        .get("workspace")
        .and_then(|w| w.as_table())
        .ok_or_else(|| {
            WorkspaceError::NotAWorkspace(root.join("Cargo.toml").display().to_string())
        })?;
    let strings = |key: &str| -> Vec<String> {
        workspace
            .get(key)
            .and_then(|m| m.as_array())
            .map(|m| {
                m.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(WorkspaceFacts {
        members: strings("members"),
        resolver: workspace
            .get("resolver")
            .and_then(|r| r.as_str())
            .map(String::from),
        has_root_package: manifest.contains_key("package"),
        shared_dependencies: workspace
            .get("dependencies")
            .and_then(|d| d.as_table())
            .map_or(0, |d| d.len()),
    })
}

/// Every Cargo.lock in the members' folders and at the root, relative to the root, sorted.
pub fn lock_files(root: &Path) -> Result<Vec<String>, WorkspaceError> {
    let mut found = Vec::new();
    if root.join("Cargo.lock").is_file() {
        found.push("Cargo.lock".to_string());
    }
    for group in ["chapters", "crates"] {
        let dir = root.join(group);
        let entries = fs::read_dir(&dir).map_err(|source| WorkspaceError::Read {
            path: dir.display().to_string(),
            source,
        })?;
        for entry in entries.flatten() {
            if entry.path().join("Cargo.lock").is_file() {
                found.push(format!(
                    "{group}/{}/Cargo.lock",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
    }
    for member in ["xtask", "tests"] {
        if root.join(member).join("Cargo.lock").is_file() {
            found.push(format!("{member}/Cargo.lock"));
        }
    }
    found.sort();
    Ok(found)
}

/// The keys of this chapter's manifest that say `workspace = true` (inherited from the root).
pub fn inherited_keys(chapter_manifest: &Path) -> Result<Vec<String>, WorkspaceError> {
    let manifest = read_toml(chapter_manifest)?;
    let mut keys = Vec::new();
    for (section, table) in manifest
        .iter()
        .filter_map(|(k, v)| Some((k, v.as_table()?)))
    {
        for (key, value) in table {
            if key == "workspace" && value.as_bool() == Some(true) {
                keys.push(section.clone());
            } else if value.get("workspace").and_then(|w| w.as_bool()) == Some(true) {
                keys.push(format!("{section}.{key}"));
            }
        }
    }
    keys.sort();
    Ok(keys)
}

pub fn demo(report: &Report) {
    let root = repository_root();
    let chapter = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let read = || -> Result<_, WorkspaceError> {
        Ok((facts(&root)?, lock_files(&root)?, inherited_keys(&chapter)?))
    };
    let (facts, locks, inherited) = match read() {
        Ok(read) => read,
        Err(e) => return report.result("workspace", format!("unreadable: {e}")),
    };
    report.say("This repository's root Cargo.toml:");
    report.result("members", facts.members.join(" "));
    report.result("root_package", facts.has_root_package);
    report.result("resolver", facts.resolver.as_deref().unwrap_or("(not set)"));
    report.result("shared_dependencies", facts.shared_dependencies);
    report.say("\nLock files in the repository (the root and every member folder):");
    report.result("lock_files", locks.join(" "));
    report.say("\nWhat chapter-08's Cargo.toml takes from the workspace (`.workspace = true`):");
    report.result("inherited", inherited.join(" "));
}
