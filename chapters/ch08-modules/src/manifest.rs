//! Cargo.toml: the lecture's manifest (fixtures/my-project-manifest.toml) read as data, and what
//! each of its version requirements admits under Cargo's default (caret) rule. Whether cargo
//! itself resolves that way is proven in tests/cargo_tools.rs, by running it.
//! Twin: python_equivalents/ch08_modules/manifest.py.

use textbook_report::Report;
use thiserror::Error;
use toml::Table;

pub const LECTURE_MANIFEST: &str = include_str!("../fixtures/my-project-manifest.toml");

#[derive(Debug, Error)]
pub enum ManifestError {
    #[error("the manifest is not TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("`{0}` is missing or not what Cargo expects there")]
    Shape(String),
    #[error("`{0}` is not a version requirement of the form MAJOR[.MINOR[.PATCH]]")]
    Requirement(String),
}

/// One dependency line: its name, version requirement and features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub name: String,
    pub requirement: String,
    pub features: Vec<String>,
}

impl Dependency {
    pub fn line(&self) -> String {
        if self.features.is_empty() {
            self.requirement.clone()
        } else {
            format!("{} features {}", self.requirement, self.features.join(","))
        }
    }
}

/// The dependencies of one table (`dependencies`, `dev-dependencies`), in name order.
pub fn dependencies(manifest: &str, table: &str) -> Result<Vec<Dependency>, ManifestError> {
    let parsed: Table = manifest.parse()?;
    let deps = parsed
        .get(table)
        .and_then(|t| t.as_table())
        .ok_or_else(|| ManifestError::Shape(table.to_string()))?;
    deps.iter()
        .map(|(name, spec)| {
            let shape = || ManifestError::Shape(format!("{table}.{name}"));
            let (requirement, features) = match spec {
                toml::Value::String(req) => (req.clone(), Vec::new()),
                toml::Value::Table(t) => {
                    let req = t
                        .get("version")
                        .and_then(|v| v.as_str())
                        .ok_or_else(shape)?;
                    let features = t
                        .get("features")
                        .and_then(|f| f.as_array())
                        .map(|f| {
                            f.iter()
                                .filter_map(|x| x.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default();
                    (req.to_string(), features)
                }
                _ => return Err(shape()),
            };
            Ok(Dependency {
                name: name.clone(),
                requirement,
                features,
            })
        })
        .collect()
}

/// `package.<key>` as text.
pub fn package_field(manifest: &str, key: &str) -> Result<String, ManifestError> {
    let parsed: Table = manifest.parse()?;
    parsed
        .get("package")
        .and_then(|p| p.get(key))
        .and_then(|v| v.as_str())
        .map(String::from)
        .ok_or_else(|| ManifestError::Shape(format!("package.{key}")))
}

/// The versions a bare requirement admits under the caret rule of the Cargo book ("Specifying
/// dependencies"): everything up to the next change of the leftmost non-zero part.
pub fn caret_range(requirement: &str) -> Result<String, ManifestError> {
    let bad = || ManifestError::Requirement(requirement.to_string());
    let parts: Vec<u64> = requirement
        .split('.')
        .map(|p| p.parse().map_err(|_| bad()))
        .collect::<Result<_, _>>()?;
    let (major, minor, patch) = match parts[..] {
        [major] => (major, 0, 0),
        [major, minor] => (major, minor, 0),
        [major, minor, patch] => (major, minor, patch),
        _ => return Err(bad()),
    };
    let upper = if major > 0 || parts.len() == 1 {
        format!("{}.0.0", major + 1)
    } else if minor > 0 || parts.len() == 2 {
        format!("0.{}.0", minor + 1)
    } else {
        format!("0.0.{}", patch + 1)
    };
    Ok(format!(">={major}.{minor}.{patch}, <{upper}"))
}

pub fn demo(report: &Report) {
    let read = || -> Result<_, ManifestError> {
        Ok((
            package_field(LECTURE_MANIFEST, "edition")?,
            dependencies(LECTURE_MANIFEST, "dependencies")?,
            dependencies(LECTURE_MANIFEST, "dev-dependencies")?,
        ))
    };
    let (edition, deps, dev) = match read() {
        Ok(read) => read,
        Err(e) => return report.result("manifest", format!("unreadable: {e}")),
    };
    report.say("The lecture's Cargo.toml, read as data:");
    report.result("edition", edition);
    for dep in deps.iter().chain(&dev) {
        report.result(&dep.name, dep.line());
    }
    report.say("\nWhat each requirement admits (Cargo's default caret rule):");
    for dep in deps.iter().chain(&dev) {
        let range = caret_range(&dep.requirement).unwrap_or_else(|e| e.to_string());
        report.result(&format!("{}_admits", dep.name), range);
    }
}
