//! The template as committed, and `reset`, which brings it back without ever losing work.
//!
//! The committed version is recognised by its fingerprint (`pristine` in exercises.toml) and
//! found in git's history: the newest commit that touched the file and holds a version with that
//! fingerprint. A student who committed their own work still gets the template back.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use super::fingerprint;
use crate::process::Job;

const GIT_TIMEOUT: Duration = Duration::from_secs(30);
/// How far back in the file's history to look (a template changes rarely).
const HISTORY_DEPTH: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum ResetError {
    #[error(
        "{path} has changes of yours, which `reset` would lose. To start over anyway, add \
         `--force`: your version is saved beside it first"
    )]
    HasChanges { path: String },
    #[error(
        "could not find the committed template of {path} (fingerprint {fingerprint}) in git's \
         history: {why}"
    )]
    NotFound {
        path: String,
        fingerprint: String,
        why: String,
    },
    #[error("could not {what} {path}: {source}")]
    Io {
        what: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// What `reset` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Reset {
    /// The file already was the template: nothing to do.
    AlreadyPristine,
    /// The template is back; the student's version, if there was one, is in `backup`.
    Restored { backup: Option<PathBuf> },
}

/// Restores `root/rel` to the committed template whose fingerprint is `pristine`. Refuses when
/// the file has changes unless `force`; with `force`, first copies the file to a timestamped
/// backup beside it (`<name>.rs.<UTC time>.bak`, which no build and no glob of `*.rs` picks up).
pub fn reset(
    root: &Path,
    rel: &str,
    pristine: &str,
    force: bool,
    now: SystemTime,
) -> Result<Reset, ResetError> {
    let path = root.join(rel);
    let current = fs::read(&path).ok();
    if current.as_deref().map(fingerprint).as_deref() == Some(pristine) {
        return Ok(Reset::AlreadyPristine);
    }
    // Find the template before touching anything: no backup, no refusal, if it cannot be had.
    let template = committed(root, rel, pristine)?;
    let backup = match current {
        None => None, // Nothing of the student's to lose.
        Some(_) if !force => {
            return Err(ResetError::HasChanges {
                path: rel.to_string(),
            });
        }
        Some(theirs) => {
            let backup = backup_path(&path, now);
            let io = |what, source| ResetError::Io {
                what,
                path: backup.display().to_string(),
                source,
            };
            fs::write(&backup, &theirs).map_err(|e| io("write the backup", e))?;
            // Only a backup read back intact allows overwriting the original.
            let saved = fs::read(&backup).map_err(|e| io("read back the backup", e))?;
            if saved != theirs {
                return Err(io("verify the backup", std::io::Error::other("it differs")));
            }
            Some(backup)
        }
    };
    fs::write(&path, template).map_err(|source| ResetError::Io {
        what: "restore",
        path: rel.to_string(),
        source,
    })?;
    Ok(Reset::Restored { backup })
}

/// The committed version of `rel` whose fingerprint is `pristine`, newest first.
pub fn committed(root: &Path, rel: &str, pristine: &str) -> Result<Vec<u8>, ResetError> {
    let not_found = |why: String| ResetError::NotFound {
        path: rel.to_string(),
        fingerprint: pristine.to_string(),
        why,
    };
    let depth = format!("--max-count={HISTORY_DEPTH}");
    let log = git(root, &["log", "--format=%H", &depth, "--", rel]).map_err(not_found)?;
    let commits: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    if commits.is_empty() {
        return Err(not_found("no commit holds this file".into()));
    }
    for commit in &commits {
        let Ok(bytes) = git_bytes(root, &["show", &format!("{commit}:{rel}")]) else {
            continue;
        };
        if fingerprint(&bytes) == pristine {
            return Ok(bytes);
        }
    }
    Err(not_found(format!(
        "none of the {} commits that touched it holds that version",
        commits.len()
    )))
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    git_bytes(root, args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn git_bytes(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let mut command = Command::new("git");
    command.args(args);
    let label = format!("`git {}`", args.join(" "));
    let done = Job::new(label.clone(), command, GIT_TIMEOUT)
        .cwd(root)
        .run()
        .map_err(|e| e.to_string())?;
    if !done.success() {
        return Err(format!("{label} failed: {}", done.stderr().trim()));
    }
    // Job reads lines; the template's bytes are its lines joined back with `\n`, which is what
    // the fingerprint sees anyway (CRLF counts as LF).
    Ok(done.stdout().into_bytes())
}

/// `<file>.<YYYYMMDD-HHMMSS>.bak` in UTC, with `-2`, `-3`… when that name is taken.
fn backup_path(file: &Path, now: SystemTime) -> PathBuf {
    let stamp = crate::term::utc_stamp(now);
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut candidate = file.with_file_name(format!("{name}.{stamp}.bak"));
    let mut n = 2;
    while candidate.exists() {
        candidate = file.with_file_name(format!("{name}.{stamp}-{n}.bak"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    /// A throwaway git repository under the system's temp folder.
    struct Repo(PathBuf);

    impl Repo {
        fn new(tag: &str) -> Repo {
            let dir = std::env::temp_dir().join(format!(
                "xtask-reset-{tag}-{}-{}",
                std::process::id(),
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap()
                    .as_nanos()
            ));
            fs::create_dir_all(dir.join("exercises")).unwrap();
            let repo = Repo(dir);
            repo.git(&["init", "--quiet"]);
            repo
        }

        fn git(&self, args: &[&str]) {
            let mut command = Command::new("git");
            command
                .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
                .args(["-c", "commit.gpgsign=false"])
                .args(args);
            let done = Job::new("git", command, GIT_TIMEOUT)
                .cwd(&self.0)
                .run()
                .unwrap();
            assert!(done.success(), "git {args:?}: {}", done.combined());
        }

        fn write(&self, rel: &str, text: &str) {
            fs::write(self.0.join(rel), text).unwrap();
        }

        fn commit(&self, message: &str) {
            self.git(&["add", "-A"]);
            self.git(&["commit", "--quiet", "-m", message]);
        }

        fn backups(&self) -> Vec<String> {
            crate::workspace::read_dir(&self.0.join("exercises"))
                .unwrap()
                .into_iter()
                .filter(|f| f.ends_with(".bak"))
                .collect()
        }
    }

    impl Drop for Repo {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    const REL: &str = "exercises/ex.rs";
    const TEMPLATE: &str = "// TODO: fix me\nfn main() { let x = 1; x = 2; }\n";
    // 2024-02-29 12:34:56 UTC
    const NOW: u64 = 1_709_210_096;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(NOW)
    }

    #[test]
    fn an_edited_exercise_is_kept_unless_forced_and_then_backed_up() {
        let repo = Repo::new("edited");
        repo.write(REL, TEMPLATE);
        repo.commit("template");
        let pristine = fingerprint(TEMPLATE.as_bytes());
        let mine = "fn main() { let mut x = 1; x = 2; }\n";
        repo.write(REL, mine);

        let refused = reset(&repo.0, REL, &pristine, false, now()).unwrap_err();
        assert!(
            matches!(refused, ResetError::HasChanges { .. }),
            "{refused}"
        );
        assert_eq!(fs::read_to_string(repo.0.join(REL)).unwrap(), mine);
        assert!(repo.backups().is_empty());

        let done = reset(&repo.0, REL, &pristine, true, now()).unwrap();
        let backup = repo.0.join("exercises/ex.rs.20240229-123456.bak");
        assert_eq!(
            done,
            Reset::Restored {
                backup: Some(backup.clone())
            }
        );
        assert_eq!(fs::read_to_string(&backup).unwrap(), mine);
        assert_eq!(fs::read_to_string(repo.0.join(REL)).unwrap(), TEMPLATE);

        // A second forced reset at the same second neither overwrites that backup nor needs one.
        assert_eq!(
            reset(&repo.0, REL, &pristine, true, now()).unwrap(),
            Reset::AlreadyPristine
        );
        repo.write(REL, "fn main() {}\n");
        reset(&repo.0, REL, &pristine, true, now()).unwrap();
        assert_eq!(repo.backups().len(), 2, "{:?}", repo.backups());
        assert_eq!(fs::read_to_string(&backup).unwrap(), mine);
    }

    #[test]
    fn the_template_is_found_under_the_students_own_commits() {
        let repo = Repo::new("history");
        repo.write(REL, TEMPLATE);
        repo.commit("template");
        repo.write(REL, "fn main() {}\n");
        repo.commit("my solution");
        let pristine = fingerprint(TEMPLATE.as_bytes());
        reset(&repo.0, REL, &pristine, true, now()).unwrap();
        assert_eq!(fs::read_to_string(repo.0.join(REL)).unwrap(), TEMPLATE);
    }

    #[test]
    fn a_deleted_exercise_comes_back_without_force() {
        let repo = Repo::new("deleted");
        repo.write(REL, TEMPLATE);
        repo.commit("template");
        fs::remove_file(repo.0.join(REL)).unwrap();
        let pristine = fingerprint(TEMPLATE.as_bytes());
        let done = reset(&repo.0, REL, &pristine, false, now()).unwrap();
        assert_eq!(done, Reset::Restored { backup: None });
        assert_eq!(fs::read_to_string(repo.0.join(REL)).unwrap(), TEMPLATE);
    }

    #[test]
    fn without_the_template_in_history_nothing_is_touched() {
        let repo = Repo::new("missing");
        repo.write(REL, "fn main() {}\n");
        repo.commit("not the template");
        let err = reset(&repo.0, REL, "fnv1a64:0000000000000000", true, now()).unwrap_err();
        assert!(matches!(err, ResetError::NotFound { .. }), "{err}");
        assert_eq!(
            fs::read_to_string(repo.0.join(REL)).unwrap(),
            "fn main() {}\n"
        );
        assert!(repo.backups().is_empty());
    }
}
