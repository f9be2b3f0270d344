//! The lecture's own code, compiled and run as printed: its src/task.rs (with step 7's tests at
//! the bottom), storage.rs, command.rs and actions.rs sit beside this file, copied unchanged; its
//! src/main.rs is the end of this file. Two things are not the lecture's:
//! - chrono and dirs are not dependencies of this workspace, so this preamble stands in for the
//!   two calls the lecture makes, with the same shapes (`Local::now().format(..)` and
//!   `home_dir() -> Option<PathBuf>`). `extern crate self as chrono` puts this crate in the extern
//!   prelude under that name (the Reference, "Extern crate declarations"), so the lecture's
//!   `use chrono::Local;` and `dirs::home_dir()` resolve here without an edit.
//! - the attributes on main.rs's four `mod` lines: `#[path]` names the file `mod` would find
//!   anyway (it lets the ledger locate the tests inside), `#[rustfmt::skip]` keeps the printed
//!   layout of the lecture's files (`cargo fmt` would rewrite them).
#![allow(dead_code, clippy::all)] // the lecture's code, linted as printed would be noisy, not wrong

extern crate self as chrono;
extern crate self as dirs;

use std::cell::RefCell;
use std::path::PathBuf;

#[path = "proofs.rs"]
mod proofs;
#[path = "stretch_clap.rs"]
#[rustfmt::skip]
mod stretch_clap;

/// The stamp the chrono stand-in returns; it refuses any format but the lecture's.
pub const STAMP: &str = "2026-11-27T10:00:00";

#[derive(Debug)]
pub struct Local;

#[derive(Debug)]
pub struct Now;

impl Local {
    pub fn now() -> Now {
        Now
    }
}

impl Now {
    pub fn format(&self, fmt: &str) -> String {
        assert_eq!(fmt, "%Y-%m-%dT%H:%M:%S", "not the lecture's format");
        STAMP.to_string()
    }
}

thread_local! {
    // Per thread, so that each test gets its own home (libtest runs tests on several threads).
    static HOME: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
}

pub fn home_dir() -> Option<PathBuf> {
    HOME.with_borrow(Clone::clone)
}

pub fn set_home(home: Option<PathBuf>) {
    HOME.set(home);
}

// ---- the lecture's src/main.rs, as printed, from here on ----
// src/main.rs
#[path = "task.rs"]
#[rustfmt::skip]
mod task;
#[path = "storage.rs"]
#[rustfmt::skip]
mod storage;
#[path = "command.rs"]
#[rustfmt::skip]
mod command;
#[path = "actions.rs"]
#[rustfmt::skip]
mod actions;

use command::Command;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match Command::parse(&args) {
        Ok(cmd) => cmd,
        Err(e) => {
            eprintln!("Error: {e}");
            std::process::exit(1);
        }
    };

    let result = match command {
        Command::Add { title, priority } => actions::add_task(title, priority),
        Command::List { show_done } => actions::list_tasks(show_done),
        Command::Done { id } => actions::complete_task(id),
        Command::Remove { id } => actions::remove_task(id),
        Command::Stats => actions::show_stats(),
        Command::Help => {
            print_help();
            Ok(())
        }
    };

    if let Err(e) = result {
        eprintln!("Error: {e}");
        std::process::exit(1);
    }
}

fn print_help() {
    println!("rustdo — a task manager for Pythonistas learning Rust\n");
    println!("USAGE:");
    println!("  rustdo add <title> [low|medium|high]   Add a task");
    println!("  rustdo list [--all]                    List pending tasks");
    println!("  rustdo done <id>                       Mark task complete");
    println!("  rustdo remove <id>                     Remove a task");
    println!("  rustdo stats                           Show statistics");
}
