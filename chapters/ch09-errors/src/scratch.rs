//! A directory of example files that removes itself when dropped: the demos and tests need real
//! files (a config, a file that is not UTF-8, a directory where a file is expected), and `Drop`
//! is also this chapter's answer to Python's `finally`.
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug)]
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    /// A fresh, empty directory under the system's temporary directory, unique to this process
    /// and this call (tests run in parallel threads).
    pub fn new(label: &str) -> io::Result<Scratch> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("ch09-{label}-{}-{n}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        Ok(Scratch { dir })
    }

    /// Writes `contents` to `name` inside the directory and returns its path.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> io::Result<PathBuf> {
        let path = self.dir.join(name);
        fs::write(&path, contents)?;
        Ok(path)
    }

    /// A path inside the directory where nothing exists.
    pub fn missing(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Best effort, as a `finally` that must not raise: a leftover temp dir is harmless.
        let _ = fs::remove_dir_all(&self.dir);
    }
}
