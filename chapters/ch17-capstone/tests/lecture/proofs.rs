//! What the lecture's code, as printed, really does (its own three tests are in task.rs).
use std::process::Command as Process;
use std::time::Duration;

use chapter_17::rustdo::app;
use textbook_harness::{Scratch, run_with_timeout};

use crate::actions;
use crate::command::Command;
use crate::storage;
use crate::task::Priority;

/// The lecture's five source files, without this crate's stand-ins for chrono and dirs.
fn lecture_sources() -> String {
    let main = include_str!("main.rs");
    let (_, lecture_main) = main
        .split_once("// ---- the lecture's src/main.rs")
        .expect("main.rs has the marker");
    [
        include_str!("task.rs"),
        include_str!("storage.rs"),
        include_str!("command.rs"),
        include_str!("actions.rs"),
        lecture_main,
    ]
    .concat()
}

fn args(line: &[&str]) -> Vec<String> {
    line.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_lectures_actions_keep_their_tasks_in_home_rustdo_json() {
    let scratch = Scratch::new("ch17-lecture-session");
    crate::set_home(Some(scratch.path().to_path_buf()));
    actions::add_task("Write Rust".to_string(), Priority::High).unwrap();
    actions::add_task("Read the docs".to_string(), Priority::Medium).unwrap();
    actions::complete_task(1).unwrap();
    actions::list_tasks(false).unwrap();
    actions::show_stats().unwrap();
    actions::remove_task(2).unwrap();
    let again = actions::remove_task(2).unwrap_err();
    assert_eq!(again.to_string(), "No task with id 2");

    let saved = std::fs::read_to_string(scratch.path().join(".rustdo.json")).unwrap();
    assert!(saved.contains(r#""priority": "high""#), "{saved}");
    let tasks = storage::load_tasks().unwrap();
    assert_eq!(tasks.len(), 1);
    assert!(tasks[0].done && tasks[0].created == crate::STAMP);
    actions::add_task("Ship it".to_string(), Priority::Low).unwrap();
    assert_eq!(
        storage::load_tasks().unwrap()[1].id,
        2,
        "max + 1 hands out 2 again"
    );
}

/// One session, as command lines for our `app::run` and as the lecture's action calls.
const SESSION: &[&[&str]] = &[
    &["list"],
    &["add", "Write Rust", "high"],
    &["add", "Read the docs"],
    &["done", "1"],
    &["list"],
    &["list", "--all"],
    &["stats"],
    &["remove", "2"],
    &["add", "Ship it", "low"],
    &["lsit"],
];

/// Run in a child process by the test below, whose stdout is what the lecture's code prints.
#[test]
#[ignore = "a child of the_lectures_printed_output_is_what_our_app_returns"]
fn the_lectures_session_printing_to_stdout() {
    let home = std::env::var_os("RUSTDO_LECTURE_HOME").expect("run by its parent test");
    crate::set_home(Some(home.into()));
    actions::list_tasks(false).unwrap();
    actions::add_task("Write Rust".to_string(), Priority::High).unwrap();
    actions::add_task("Read the docs".to_string(), Priority::Medium).unwrap();
    actions::complete_task(1).unwrap();
    actions::list_tasks(false).unwrap();
    actions::list_tasks(true).unwrap();
    actions::show_stats().unwrap();
    actions::remove_task(2).unwrap();
    actions::add_task("Ship it".to_string(), Priority::Low).unwrap();
    crate::print_help();
}

#[test]
fn the_lectures_printed_output_is_what_our_app_returns() {
    let scratch = Scratch::new("ch17-lecture-printed");
    let mut child = Process::new(std::env::current_exe().unwrap());
    child
        .args(["proofs::the_lectures_session_printing_to_stdout", "--exact"])
        .args(["--ignored", "--nocapture", "--test-threads=1"])
        .env("RUSTDO_LECTURE_HOME", scratch.path());
    let out = run_with_timeout(child, Duration::from_secs(60));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);

    let ours = scratch.path().join("ours.json");
    let expected: String = SESSION
        .iter()
        .map(|line| app::run(&args(line), &ours, crate::STAMP).stdout + "\n")
        .collect();
    assert!(expected.contains("Completed: ✅ 1 [🔴] Write Rust"));
    assert!(
        printed.contains(&expected),
        "printed:\n{printed}\nours:\n{expected}"
    );
}

#[test]
fn the_lectures_load_reads_no_file_as_empty_and_a_corrupt_one_as_an_error() {
    let scratch = Scratch::new("ch17-lecture-corrupt");
    crate::set_home(Some(scratch.path().to_path_buf()));
    assert!(storage::load_tasks().unwrap().is_empty());
    std::fs::write(scratch.path().join(".rustdo.json"), "not json").unwrap();
    let err = storage::load_tasks().unwrap_err();
    assert!(err.is::<serde_json::Error>(), "{err}");
}

#[test]
#[should_panic(expected = "Could not determine home directory")]
fn without_a_home_directory_the_lectures_storage_panics_instead_of_returning_err() {
    crate::set_home(None);
    let _ = storage::load_tasks();
}

#[test]
fn the_lectures_parser_defaults_to_medium_and_treats_a_typo_as_help() {
    let add = Command::parse(&args(&["add", "Write Rust"])).unwrap();
    assert!(matches!(
        add,
        Command::Add {
            priority: Priority::Medium,
            ..
        }
    ));
    assert!(matches!(
        Command::parse(&args(&["lsit"])),
        Ok(Command::Help)
    ));
    assert_eq!(
        Command::parse(&args(&["done", "one"])).err().as_deref(),
        Some("id must be a number")
    );
}

/// The table "What You Practiced", row by row: what it says appeared is in the lecture's code.
fn appears(needles: &[&str]) {
    let code = lecture_sources();
    for needle in needles {
        assert!(
            code.contains(needle),
            "`{needle}` is not in the lecture's code"
        );
    }
}

#[test]
fn ch3_types_appear_as_the_task_fields() {
    appears(&["pub id: u32", "pub title: String", "pub done: bool"]);
}

#[test]
fn ch5_collections_appear_as_vec_retain_and_push() {
    appears(&["Vec<Task>", ".retain(", ".push("]);
}

#[test]
fn ch6_enums_and_match_appear_as_priority_and_command() {
    appears(&[
        "pub enum Priority",
        "pub enum Command",
        "match self",
        "match command",
    ]);
}

#[test]
fn ch7_borrowing_appears_as_a_slice_and_iter_mut() {
    appears(&["tasks: &[Task]", "Vec<Task>", ".iter_mut()"]);
}

#[test]
fn ch8_modules_appear_as_four_mod_lines() {
    appears(&["mod task;", "mod storage;", "mod command;", "mod actions;"]);
}

#[test]
fn ch9_errors_appear_as_result_question_mark_and_ok_or() {
    appears(&["Result<", ")?;", ".ok_or("]);
}

#[test]
fn ch10_traits_appear_as_display_fromstr_and_serde() {
    appears(&[
        "impl fmt::Display for",
        "impl FromStr for Priority",
        "Serialize, Deserialize",
    ]);
}

#[test]
fn ch11_conversions_appear_as_fromstr_and_into() {
    appears(&["impl FromStr for Priority", ".into()"]);
}

#[test]
fn ch12_iterators_appear_as_filter_map_find_count_collect() {
    appears(&[".filter(", ".map(", ".find(", ".count()", ".collect()"]);
}

#[test]
fn ch14_testing_appears_as_test_attributes_and_asserts() {
    appears(&["#[test]", "#[cfg(test)]", "assert_eq!(", "assert!("]);
}

/// The opening list promises HashMap (Ch. 5), custom errors (Ch. 9) and TryFrom (Ch. 11).
#[test]
fn the_lectures_code_uses_no_hashmap_no_tryfrom_and_no_error_type_of_its_own() {
    let code = lecture_sources();
    for absent in [
        "HashMap",
        "TryFrom",
        "impl std::error::Error",
        "impl Error for",
    ] {
        assert!(
            !code.contains(absent),
            "`{absent}` is in the code after all"
        );
    }
    // Its errors are Box<dyn Error> built from io, serde_json and String errors.
    assert!(code.contains("Box<dyn std::error::Error>"));
}

/// The diagram draws command.rs → actions.rs; command.rs imports only task.rs, and main.rs
/// imports both (it hands the parsed Command to actions).
#[test]
fn the_command_module_depends_on_task_not_on_actions() {
    let command = include_str!("command.rs");
    assert!(command.contains("use crate::task::Priority;"));
    assert!(!command.contains("actions"));
    let main = lecture_sources();
    assert!(main.contains("use command::Command;") && main.contains("actions::add_task("));
}
