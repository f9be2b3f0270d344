//! Step 5, wiring: arguments in, text and an exit status out (the lecture's `main`, minus the
//! printing, so that tests can run it without a process).
use std::path::Path;

use super::actions;
use super::command::Command;
use super::task::Task;

pub const HELP: &str = "\
rustdo — a task manager for Pythonistas learning Rust

USAGE:
  rustdo add <title> [low|medium|high]   Add a task
  rustdo list [--all]                    List pending tasks
  rustdo done <id>                       Mark task complete
  rustdo remove <id>                     Remove a task
  rustdo stats                           Show statistics";

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// `created` stamps new tasks; the real binary would pass the current time.
pub fn run(args: &[String], path: &Path, created: &str) -> Outcome {
    let command = match Command::parse(args) {
        Ok(command) => command,
        Err(e) => return failure(e),
    };
    let result = match command {
        Command::Add { title, priority } => {
            actions::add_task(path, Task::created_at(0, title, priority, created))
        }
        Command::List { show_done } => actions::list_tasks(path, show_done),
        Command::Done { id } => actions::complete_task(path, id),
        Command::Remove { id } => actions::remove_task(path, id),
        Command::Stats => actions::show_stats(path),
        Command::Help => Ok(HELP.to_string()),
    };
    match result {
        Ok(stdout) => Outcome {
            stdout,
            stderr: String::new(),
            status: 0,
        },
        Err(e) => failure(e.to_string()),
    }
}

fn failure(message: String) -> Outcome {
    Outcome {
        stdout: String::new(),
        stderr: format!("Error: {message}"),
        status: 1,
    }
}
