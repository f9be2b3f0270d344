//! The table "What You Practiced", row by row, on our capstone: it keeps the lecture's modules,
//! types and function names, so each row's concept is found where the table says, in use.
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chapter_17::rustdo::actions::{self, ActionError};
use chapter_17::rustdo::app::run;
use chapter_17::rustdo::command::{self, Command};
use chapter_17::rustdo::storage::{self, StorageError};
use chapter_17::rustdo::task::{self, Priority, Task};
use serde::Serialize;
use serde::de::DeserializeOwned;
use textbook_harness::Scratch;

const STAMP: &str = "2026-11-27T10:00:00";

fn task(id: u32, title: &str, priority: Priority) -> Task {
    Task::created_at(id, title, priority, STAMP)
}

/// A task file holding `tasks`, in a scratch folder that lives as long as the returned guard.
fn saved(name: &str, tasks: &[Task]) -> (Scratch, PathBuf) {
    let scratch = Scratch::new(name);
    let path = scratch.path().join("tasks.json");
    storage::save_tasks(&path, tasks).unwrap();
    (scratch, path)
}

fn ids(path: &Path) -> Vec<u32> {
    storage::load_tasks(path)
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect()
}

#[test]
fn ch3_a_task_is_a_u32_id_a_string_title_and_a_bool_done() {
    // The typed pattern is the proof: it stops compiling if a field changes type.
    let Task {
        id, title, done, ..
    } = task(7, "Write Rust", Priority::High);
    let fields: (u32, String, bool) = (id, title, done);
    assert_eq!(fields, (7, "Write Rust".to_string(), false));
}

#[test]
fn ch5_tasks_live_in_a_vec_that_retain_thins_and_push_extends_in_order() {
    let three = [1, 2, 3].map(|id| task(id, "t", Priority::Low));
    let (_scratch, path) = saved("ch17-practiced-vec", &three);
    let loaded: Vec<Task> = storage::load_tasks(&path).unwrap();
    assert_eq!(loaded.len(), 3);
    actions::remove_task(&path, 2).unwrap();
    assert_eq!(ids(&path), [1, 3], "retain keeps the others, in order");
    actions::add_task(&path, task(0, "new", Priority::Low)).unwrap();
    assert_eq!(ids(&path), [1, 3, 4], "push appends at the end");
}

#[test]
fn ch6_priority_and_command_are_enums_matched_arm_by_arm() {
    let name = |line: &[&str]| {
        let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
        // No wildcard arm: a new variant would make this match refuse to compile (E0004).
        match Command::parse(&args).unwrap() {
            Command::Add { .. } => "add",
            Command::List { .. } => "list",
            Command::Done { .. } => "done",
            Command::Remove { .. } => "remove",
            Command::Stats => "stats",
            Command::Help => "help",
        }
    };
    let lines: [&[&str]; 6] = [
        &["add", "x"],
        &["list"],
        &["done", "1"],
        &["remove", "1"],
        &["stats"],
        &["?"],
    ];
    let names = lines.map(name);
    assert_eq!(names, ["add", "list", "done", "remove", "stats", "help"]);
    let icons = [Priority::Low, Priority::Medium, Priority::High].map(Priority::icon);
    assert_eq!(icons, ["🟢", "🟡", "🔴"]);
}

#[test]
fn ch7_saving_borrows_a_slice_and_completing_changes_the_task_in_place() {
    // Loading hands over an owned Vec<Task>; saving only borrows the tasks, as a slice.
    let load: fn(&Path) -> Result<Vec<Task>, StorageError> = storage::load_tasks;
    let save: fn(&Path, &[Task]) -> Result<(), StorageError> = storage::save_tasks;
    let (_scratch, path) = saved("ch17-practiced-borrow", &[]);
    let two = [task(1, "a", Priority::High), task(2, "b", Priority::Low)];
    save(&path, &two).unwrap();
    assert_eq!(two.len(), 2, "still ours after saving");
    actions::complete_task(&path, 2).unwrap();
    let done: Vec<bool> = load(&path).unwrap().iter().map(|t| t.done).collect();
    assert_eq!(done, [false, true]);
}

#[test]
fn ch8_the_four_modules_are_task_storage_command_and_actions() {
    // One add, each step through its own module named by its path (the diagram's order).
    let (_scratch, path) = saved("ch17-practiced-modules", &[]);
    let line = ["add", "Ship it", "low"].map(String::from);
    let command::Command::Add { title, priority } = command::Command::parse(&line).unwrap() else {
        panic!("`add` parsed as another command");
    };
    let new = task::Task::created_at(0, title, priority, STAMP);
    let added = actions::add_task(&path, new).unwrap();
    assert_eq!(added, "Added: ⬜ 1 [🟢] Ship it (2026-11-27T10:00:00)");
    assert_eq!(storage::load_tasks(&path).unwrap().len(), 1);
}

#[test]
fn ch9_a_missing_task_and_an_unreadable_file_come_back_as_err() {
    let (_scratch, path) = saved("ch17-practiced-errors", &[task(1, "a", Priority::Low)]);
    // ok_or turns "no such task" into the Err that `?` returns.
    let missing = actions::complete_task(&path, 9);
    assert!(matches!(missing, Err(ActionError::NoSuchTask(9))));
    // `?` carries the storage error up through the action, converted by From.
    std::fs::write(&path, "not json").unwrap();
    let corrupt = actions::complete_task(&path, 1);
    assert!(matches!(
        corrupt,
        Err(ActionError::Storage(StorageError::Json { .. }))
    ));
}

fn display_fromstr_serde<T: std::fmt::Display + FromStr + Serialize + DeserializeOwned>() {}
fn display_serde<T: std::fmt::Display + Serialize + DeserializeOwned>() {}

#[test]
fn ch10_priority_and_task_implement_display_fromstr_and_serde() {
    display_fromstr_serde::<Priority>();
    display_serde::<Task>();
    let high: Priority = "high".parse().unwrap();
    assert_eq!(high.to_string(), "high");
    assert_eq!(serde_json::to_string(&high).unwrap(), r#""high""#);
}

#[test]
fn ch12_ids_listing_completion_and_stats_are_iterator_chains() {
    let tasks = [3, 1].map(|id| task(id, "t", Priority::High));
    assert_eq!(actions::next_id(&tasks), 4, "map + max");
    assert_eq!(
        actions::next_id(&[]),
        1,
        "max of nothing, then unwrap_or(0)"
    );
    let (_scratch, path) = saved("ch17-practiced-iter", &tasks);
    let go = |line: &[&str]| {
        let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
        run(&args, &path, STAMP).stdout
    };
    assert_eq!(
        go(&["done", "1"]),
        "Completed: ✅ 1 [🔴] t (2026-11-27T10:00:00)"
    );
    assert!(
        go(&["list"]).ends_with("\n1 task(s) shown"),
        "filter + collect"
    );
    assert!(go(&["stats"]).contains("Done:    1 ✅"), "filter + count");
}

/// Step 5's diagram draws an arrow from command.rs to actions.rs. Our modules keep the lecture's
/// imports: command.rs uses task.rs only, and the wiring (the lecture's main.rs, our app.rs)
/// uses both command.rs and actions.rs.
#[test]
fn the_command_module_imports_task_and_the_wiring_hands_commands_to_actions() {
    let command = include_str!("../src/rustdo/command.rs");
    let imports: Vec<&str> = command.lines().filter(|l| l.starts_with("use ")).collect();
    assert_eq!(imports, ["use super::task::Priority;"]);
    let app = include_str!("../src/rustdo/app.rs");
    assert!(app.contains("use super::actions;") && app.contains("use super::command::Command;"));
}

/// The opening list files "task status" under Ch. 6's enums; the status is a bool.
#[test]
fn the_task_status_is_the_bool_done_shown_with_an_if() {
    let open = task(1, "t", Priority::Low);
    let status: bool = open.done;
    assert!(!status);
    let closed = Task {
        done: true,
        ..open.clone()
    };
    let marks = [open, closed].map(|t| t.to_string().chars().next());
    assert_eq!(marks, [Some('⬜'), Some('✅')]);
}
