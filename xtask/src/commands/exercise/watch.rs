//! `--watch`: re-checks on every save by polling the exercise files' modification times and
//! sizes (no file-watching dependency, and it sees a file that appears or disappears). The
//! exercise saved is shown next: it is the one the student is working on.

use std::collections::BTreeMap;
use std::fs;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, SystemTime};

use super::show::show;
use crate::exercise::check::Checker;
use crate::exercise::{self, Exercises};
use crate::term::paint;
use crate::workspace::Workspace;

/// How often `--watch` looks at the files' modification times.
const POLL: Duration = Duration::from_millis(500);

pub(super) fn watch(
    ws: &Workspace,
    checker: &Checker,
    exercises: &Exercises,
    hint: bool,
    mut focus: Option<String>,
) -> anyhow::Result<ExitCode> {
    let dir = exercise::exercises_dir(&exercises.chapter);
    let files: Vec<(PathBuf, String)> = exercises
        .list
        .iter()
        .map(|e| (e.template(&exercises.chapter), e.name.clone()))
        .collect();
    let terminal = std::io::stdout().is_terminal();
    loop {
        // Seen before the check, so that a file saved while it runs is checked next, not missed.
        let before = look(&files);
        if terminal {
            print!("\u{1b}[2J\u{1b}[H"); // A fresh screen for each check, as rustlings does.
        }
        show(ws, checker, exercises, hint, focus.as_deref())?;
        println!(
            "\n{}",
            paint(
                &format!(
                    "Watching {} for changes (Ctrl-C to stop)…",
                    ws.relative(&dir)
                ),
                "2"
            )
        );
        // The exercise being saved is the one the student works on: show it next.
        if let Some(saved) = wait_for_change(&files, &before) {
            focus = Some(saved);
        }
    }
}

/// Each exercise file's modification time and size (`None` when it is missing).
type Seen = BTreeMap<PathBuf, Option<(SystemTime, u64)>>;

fn look(files: &[(PathBuf, String)]) -> Seen {
    let seen = |m: fs::Metadata| Some((m.modified().ok()?, m.len()));
    files
        .iter()
        .map(|(f, _)| (f.clone(), fs::metadata(f).ok().and_then(seen)))
        .collect()
}

/// Returns once a file differs from what `before` saw (its modification time or size changed,
/// or it appeared or disappeared), with the name of the exercise whose file it is.
fn wait_for_change(files: &[(PathBuf, String)], before: &Seen) -> Option<String> {
    let mut now = look(files);
    while now == *before {
        thread::sleep(POLL);
        now = look(files);
    }
    // Editors save in steps (truncate, write): let the last step land before compiling.
    thread::sleep(Duration::from_millis(100));
    changed(before, &now, files)
}

fn changed<T: PartialEq>(
    before: &BTreeMap<PathBuf, T>,
    now: &BTreeMap<PathBuf, T>,
    files: &[(PathBuf, String)],
) -> Option<String> {
    files
        .iter()
        .find(|(f, _)| before.get(f) != now.get(f))
        .map(|(_, name)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exercise_saved_is_the_one_followed() {
        let files = vec![
            (PathBuf::from("a.rs"), "a".to_string()),
            (PathBuf::from("b.rs"), "b".to_string()),
        ];
        let before = BTreeMap::from([(PathBuf::from("a.rs"), 1), (PathBuf::from("b.rs"), 1)]);
        let mut now = before.clone();
        now.insert(PathBuf::from("b.rs"), 2);
        assert_eq!(changed(&before, &now, &files).as_deref(), Some("b"));
        assert_eq!(changed(&before, &before, &files), None);
    }
}
