//! A scratch folder for one test: what a test builds, compiles or writes goes there, and the
//! folder goes when the test ends, whatever its outcome.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh, empty folder under the system's temp dir, removed when dropped. Unique to this
/// process and this call, so the tests of one binary, which run in parallel threads, never
/// share one.
#[derive(Debug)]
pub struct Scratch(PathBuf);

impl Scratch {
    /// `label` names the folder (`textbook-<label>-<pid>-<n>`), for a person looking at the
    /// temp dir while a test hangs.
    pub fn new(label: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("textbook-{label}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        Scratch(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `text` to `rel` inside the folder, creating the folders on the way.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.0.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
        }
        fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    /// The text of `rel` inside the folder.
    pub fn read(&self, rel: &str) -> String {
        let path = self.0.join(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_scratches_are_two_folders_and_each_goes_when_dropped() {
        let (a, b) = (Scratch::new("same"), Scratch::new("same"));
        assert_ne!(a.path(), b.path());
        a.write("deep/file.txt", "text");
        assert_eq!(a.read("deep/file.txt"), "text");
        assert!(!b.path().join("deep").exists());
        let kept = a.path().to_path_buf();
        drop(a);
        assert!(!kept.exists());
        assert!(b.path().is_dir());
    }
}
