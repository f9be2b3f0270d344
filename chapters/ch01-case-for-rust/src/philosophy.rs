//! Language philosophy: immutable bindings, no implicit numeric conversions, errors as values that
//! cannot be dropped unnoticed (tests/ui/philosophy/), and resources with one owner: a file is
//! closed when the value that owns it is dropped, which the open descriptors in /proc show.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use textbook_report::{Report, rejected};

/// Where Linux lists the process's open file descriptors, one symlink per descriptor.
pub const FD_DIR: &str = "/proc/self/fd";

/// How many open descriptors of this process refer to `path` right now. Counting the ones that
/// point at one file, rather than all of them, keeps the count exact while other threads (the
/// test harness, other tests) open and close files of their own.
pub fn descriptors_open_on(path: &Path) -> io::Result<usize> {
    let target = fs::canonicalize(path)?;
    let mut count = 0;
    for entry in fs::read_dir(FD_DIR)? {
        // The descriptor read_dir itself uses is gone by the time it is read: skip what vanished.
        if let Ok(points_at) = fs::read_link(entry?.path())
            && points_at == target
        {
            count += 1;
        }
    }
    Ok(count)
}

/// A scratch file of its own for each caller, so that the counts are about that file alone.
pub fn scratch_file(name: &str) -> io::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!("ch01-{}-{name}", std::process::id()));
    fs::write(&path, "one owner\n")?;
    Ok(path)
}

/// Descriptors open on a file before, during and after the life of the `File` that owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FdCounts {
    pub before: usize,
    pub inside: usize,
    pub after: usize,
}

impl FdCounts {
    pub fn line(&self) -> String {
        format!(
            "descriptors open on the file: before {}, inside {}, after {}",
            self.before, self.inside, self.after
        )
    }
}

/// The owner goes out of scope at the closing brace; its `Drop` closes the descriptor.
pub fn file_closed_at_scope_end(path: &Path) -> io::Result<FdCounts> {
    let before = descriptors_open_on(path)?;
    let inside = {
        let _file = File::open(path)?;
        descriptors_open_on(path)?
    };
    let after = descriptors_open_on(path)?;
    Ok(FdCounts {
        before,
        inside,
        after,
    })
}

/// The owner is dropped explicitly, before the end of the scope: the descriptor closes there.
pub fn file_closed_by_drop(path: &Path) -> io::Result<FdCounts> {
    let before = descriptors_open_on(path)?;
    let file = File::open(path)?;
    let inside = descriptors_open_on(path)?;
    drop(file);
    let after = descriptors_open_on(path)?;
    Ok(FdCounts {
        before,
        inside,
        after,
    })
}

fn fd_case(name: &str, run: fn(&Path) -> io::Result<FdCounts>) -> String {
    let outcome = scratch_file(name).and_then(|path| {
        let counts = run(&path);
        let _ = fs::remove_file(&path); // a leftover file in the temp dir is harmless
        counts
    });
    match outcome {
        Ok(counts) => counts.line(),
        Err(e) => format!("cannot count descriptors here ({FD_DIR}): {}", e.kind()),
    }
}

pub fn demo(report: &Report) {
    report.say(
        "Bindings are immutable unless declared `mut` (rustc's words, from tests/ui/philosophy/):",
    );
    report.contrast(
        "assign_twice",
        rejected(include_str!(
            "../tests/ui/philosophy/assign-twice-to-immutable.stderr"
        )),
        "philosophy/immutable-default",
    );

    report.say("\nNumbers of different types are not converted behind your back:");
    report.contrast(
        "i32_plus_i64",
        rejected(include_str!("../tests/ui/philosophy/add-i32-to-i64.stderr")),
        "philosophy/no-implicit-conversion",
    );
    report.contrast(
        "int_plus_float",
        rejected(include_str!(
            "../tests/ui/philosophy/add-integer-to-float.stderr"
        )),
        "philosophy/no-implicit-conversion",
    );
    let (a, x) = (1_i32, 2.5_f64);
    report.result("explicit_conversion", f64::from(a) + x);

    report.say("\nAn error is a value in the signature; dropping it unread is flagged:");
    report.contrast(
        "ignored_error",
        rejected(include_str!("../tests/ui/philosophy/ignored-result.stderr")),
        "philosophy/result-explicit",
    );

    report.say("\nA file has one owner and is closed when the owner is dropped:");
    report.result("file_scope_end", fd_case("scope", file_closed_at_scope_end));
    report.result("file_dropped", fd_case("drop", file_closed_by_drop));
    report.say(
        "\nNo official REPL, but evcxr (github.com/evcxr/evcxr) is one: `evcxr_repl`, and a Jupyter kernel.",
    );
}
