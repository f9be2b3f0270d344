//! Steps 2 to 5: the whole program run on a scratch file, command after command.
//! Twin: python_equivalents/ch17_capstone/task_session.py
use std::path::PathBuf;

use textbook_report::Report;

use crate::data_model::STAMP;
use crate::rustdo::app::{Outcome, run};

/// The session the lecture's text walks through, plus the mistakes a user makes.
pub const SESSION: &[&[&str]] = &[
    &["list"],
    &["add", "Write Rust", "high"],
    &["add", "Read the docs"],
    &["add", "Fix bug", "urgent"],
    &["done", "1"],
    &["list"],
    &["list", "--all"],
    &["stats"],
    &["remove", "2"],
    &["remove", "2"],
    &["add", "Ship it", "low"],
    &["done", "one"],
    &["lsit"],
];

pub fn outcome_text(outcome: &Outcome) -> String {
    let text = if outcome.status == 0 {
        &outcome.stdout
    } else {
        &outcome.stderr
    };
    format!(
        "[exit {}] {}",
        outcome.status,
        text.lines().next().unwrap_or("")
    )
}

pub fn scratch_file() -> PathBuf {
    std::env::temp_dir().join(format!("rustdo-ch17-{}.json", std::process::id()))
}

pub fn demo(report: &Report) {
    let path = scratch_file();
    let _ = std::fs::remove_file(&path);
    report.say("rustdo on a scratch file; each case is a command line, its status and first line:");
    for args in SESSION {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let outcome = run(&args, &path, STAMP);
        report.result(&args.join(" "), outcome_text(&outcome));
        if args == ["list", "--all"] || args == ["stats"] {
            report.say(&outcome.stdout);
        }
    }
    let _ = std::fs::remove_file(&path);
}
