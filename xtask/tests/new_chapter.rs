//! `cargo xtask new-chapter` writes a chapter that `cargo xtask test` proves at once, and touches
//! nothing outside its two folders (and Cargo.lock). Run on a copy of this workspace's platform
//! (no chapter of its own), kept at a stable path under the target dir and refreshed file by file,
//! so that a warm run rebuilds nothing that did not change.
//!
//! The copy builds into a target dir of its own: cargo names a workspace member's artifacts by
//! its path relative to the workspace root, so a copy sharing this checkout's target dir would
//! overwrite this checkout's builds with its own (seen: stale artifacts reported fresh). Only
//! the Python environment is shared, through a link.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use textbook_harness::run_with_timeout;
use xtask::workspace::Workspace;

/// What a checkout holds besides its chapters: every top-level entry but these, and
/// python_equivalents/ without the chapters' folders.
const NOT_PLATFORM: &[&str] = &["target", ".git", "chapters", "python_equivalents"];

fn platform(root: &Path) -> Vec<PathBuf> {
    let entries = |dir: &Path| -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        found.sort();
        found
    };
    let mut kept: Vec<PathBuf> = entries(root)
        .into_iter()
        .filter(|p| {
            !NOT_PLATFORM
                .iter()
                .any(|n| p.file_name() == Some(n.as_ref()))
        })
        .collect();
    let is_chapter = |p: &PathBuf| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
            n.starts_with("ch") && n[2..].starts_with(|c: char| c.is_ascii_digit())
        })
    };
    kept.extend(
        entries(&root.join("python_equivalents"))
            .into_iter()
            .filter(|p| !is_chapter(p)),
    );
    kept.iter()
        .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
        .collect()
}

/// Makes `to` a copy of `from`, writing only the files that differ (an unchanged file keeps its
/// mtime, so cargo does not rebuild it) and removing what `from` no longer has.
fn copy_if_changed(from: &Path, to: &Path) {
    let skipped = |name: &std::ffi::OsStr| name == "target" || name == "__pycache__";
    if from.is_dir() {
        if to.is_file() {
            fs::remove_file(to).unwrap();
        }
        for entry in fs::read_dir(from).unwrap() {
            let name = entry.unwrap().file_name();
            if !skipped(&name) {
                copy_if_changed(&from.join(&name), &to.join(&name));
            }
        }
        for entry in fs::read_dir(to).into_iter().flatten() {
            let name = entry.unwrap().file_name();
            let stale = to.join(&name);
            if !skipped(&name) && !from.join(&name).exists() {
                if stale.is_dir() {
                    fs::remove_dir_all(&stale).unwrap();
                } else {
                    fs::remove_file(&stale).unwrap();
                }
            }
        }
        return;
    }
    if to.is_dir() {
        fs::remove_dir_all(to).unwrap();
    }
    let bytes = fs::read(from).unwrap();
    if fs::read(to).ok().as_deref() != Some(bytes.as_slice()) {
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::write(to, bytes).unwrap();
    }
}

/// Every file under `dir` (relative path → contents), `target` left out.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path
                .file_name()
                .is_some_and(|n| n == "target" || n == "__pycache__")
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                found.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    found
}

#[test]
fn a_new_chapter_passes_its_tests_at_once_and_touches_nothing_else() {
    let real = Workspace::find().expect("the workspace this test is built in");
    // The copy and its target dir are kept between runs (a warm build), so two runs at once (two
    // `cargo xtask test` on one checkout) would delete each other's scaffold mid-proof: one at a
    // time. The lock is the kernel's, released when this process ends, however it ends.
    fs::create_dir_all(real.scratch_dir()).unwrap();
    let lock = fs::File::create(real.scratch_dir().join("new-chapter-test.lock")).unwrap();
    lock.lock().expect("the new-chapter test's lock");
    let copy = real.scratch_dir().join("new-chapter-test");
    for dir in ["chapters", "python_equivalents"] {
        let _ = fs::remove_dir_all(copy.join(dir));
    }
    for rel in platform(&real.root) {
        copy_if_changed(&real.root.join(&rel), &copy.join(&rel));
    }
    fs::create_dir_all(copy.join("chapters")).unwrap();
    let before = snapshot(&copy);

    let target = real.scratch_dir().join("new-chapter-test-target");
    xtask::python::ensure(&real, &mut |_| {}).expect("the Python environment");
    let venv = real.scratch_dir().join("venv");
    let shared_venv = target.join("textbook").join("venv");
    if fs::read_link(&shared_venv).ok().as_deref() != Some(venv.as_path()) {
        let _ = fs::remove_dir_all(&shared_venv);
        let _ = fs::remove_file(&shared_venv);
        fs::create_dir_all(shared_venv.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&venv, &shared_venv).unwrap();
    }

    let xtask = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
        command
            .args(args)
            .current_dir(&copy)
            .env_remove("CARGO_MANIFEST_DIR")
            .env("CARGO_TARGET_DIR", &target)
            .env("NO_COLOR", "1");
        run_with_timeout(command, Duration::from_secs(30 * 60))
    };
    let made = xtask(&["new-chapter", "99", "scratch", "Scratch"]);
    let said =
        String::from_utf8_lossy(&made.stdout).into_owned() + &String::from_utf8_lossy(&made.stderr);
    assert!(made.status.success(), "new-chapter failed:\n{said}");

    let after = snapshot(&copy);
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path)
        .filter(|path| {
            !path.starts_with("chapters/ch99-scratch")
                && !path.starts_with("python_equivalents/ch99_scratch")
                && *path != Path::new("Cargo.lock")
        })
        .collect();
    assert!(changed.is_empty(), "new-chapter changed {changed:?}");
    for snapshot in [
        "chapters/ch99-scratch/tests/ui/types/number-for-a-name.stderr",
        "chapters/ch99-scratch/exercises/greet_by_name.stderr",
    ] {
        let text = fs::read_to_string(copy.join(snapshot)).unwrap_or_default();
        assert!(text.contains("error[E0308]"), "{snapshot}: {text}");
    }

    let tested = xtask(&["test", "99"]);
    let out = String::from_utf8_lossy(&tested.stdout).into_owned();
    assert!(
        tested.status.success(),
        "`cargo xtask test 99` failed:\n{out}{}",
        String::from_utf8_lossy(&tested.stderr)
    );
    let last = out.lines().last().unwrap_or_default();
    assert!(last.ends_with(" passed, 0 failed"), "{last}");
    assert!(out.contains("3 claims: 3 hold"), "{out}");
    assert!(out.contains("3 proven, 0 measured"), "{out}");
}
