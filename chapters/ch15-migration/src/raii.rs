//! Context manager → RAII (Drop). Twin: python_equivalents/ch15_migration/raii_drop.py
use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use textbook_report::Report;

/// The lecture's `write_file`, with the path a parameter so that tests write in their own folder.
pub fn write_file(path: &Path) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(b"hello")?;
    Ok(())
}

/// A guard that writes to a log when it is dropped: how the demo sees *when* Drop runs.
#[derive(Debug)]
pub struct Guard<'a> {
    pub name: &'static str,
    pub log: &'a RefCell<Vec<String>>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("drop {}", self.name));
    }
}

/// Opens a guard, then fails half-way with `?` when `fail` is set: Drop still runs on the way out.
pub fn work(log: &RefCell<Vec<String>>, fail: bool) -> Result<(), String> {
    let _guard = Guard {
        name: "resource",
        log,
    };
    log.borrow_mut().push("enter".into());
    let step: Result<(), String> = if fail { Err("boom".into()) } else { Ok(()) };
    step?;
    log.borrow_mut().push("body done".into());
    Ok(())
}

/// The log of one `work` call, then its outcome, as one line.
pub fn trace(fail: bool) -> String {
    let log = RefCell::new(Vec::new());
    let outcome = work(&log, fail);
    let mut lines = log.into_inner();
    lines.push(match outcome {
        Ok(()) => "Ok".into(),
        Err(error) => format!("Err({error})"),
    });
    lines.join(", ")
}

pub fn demo(report: &Report) {
    let path = std::env::temp_dir().join(format!("ch15-raii-{}.txt", std::process::id()));
    let written = write_file(&path).and_then(|()| std::fs::read_to_string(&path));
    let _ = std::fs::remove_file(&path);
    report.say("The file is flushed and closed when `file` goes out of scope:");
    report.result(
        "write_file",
        written.unwrap_or_else(|e| format!("error: {e}")),
    );
    report.say("\nThe clean-up runs at the end of the scope, and on an early return as well:");
    report.result("normal_exit", trace(false));
    report.result("error_exit", trace(true));
}
