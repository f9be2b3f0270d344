//! Steps 2 to 5: storage, the parser, the actions and the wiring, on scratch files.
use chapter_17::rustdo::app::{HELP, run};
use chapter_17::rustdo::command::Command;
use chapter_17::rustdo::storage::{StorageError, load_tasks};
use chapter_17::rustdo::task::Priority;
use textbook_harness::Scratch;

const STAMP: &str = "2026-11-27T10:00:00";

fn args(line: &[&str]) -> Vec<String> {
    line.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_missing_file_loads_as_no_tasks() {
    let scratch = Scratch::new("ch17-missing");
    assert!(
        load_tasks(&scratch.path().join("none.json"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_corrupt_file_is_an_error_not_an_empty_list() {
    let scratch = Scratch::new("ch17-corrupt");
    let path = scratch.path().join("tasks.json");
    std::fs::write(&path, "not json").unwrap();
    assert!(matches!(load_tasks(&path), Err(StorageError::Json { .. })));
}

#[test]
fn add_without_a_priority_is_medium() {
    let parsed = Command::parse(&args(&["add", "Read the docs"])).unwrap();
    assert_eq!(
        parsed,
        Command::Add {
            title: "Read the docs".into(),
            priority: Priority::Medium
        }
    );
}

#[test]
fn a_bad_id_or_priority_is_refused_with_the_lectures_message() {
    assert_eq!(
        Command::parse(&args(&["done", "one"])),
        Err("id must be a number".into())
    );
    // u32's FromStr takes an optional `+` and ASCII digits, nothing else (std: u32::from_str_radix).
    for text in [" 1", "1_0", "-1", "4294967296"] {
        assert_eq!(
            Command::parse(&args(&["done", text])),
            Err("id must be a number".into())
        );
    }
    assert_eq!(
        Command::parse(&args(&["done", "+9"])),
        Ok(Command::Done { id: 9 })
    );
    assert_eq!(
        Command::parse(&args(&["remove"])),
        Err("usage: rustdo remove <id>".into())
    );
    assert_eq!(
        Command::parse(&args(&["add", "x", "urgent"])),
        Err("unknown priority: 'urgent' (use low/medium/high)".into())
    );
}

#[test]
fn an_unknown_command_prints_help_and_succeeds() {
    let scratch = Scratch::new("ch17-help");
    for line in [&["lsit"][..], &[]] {
        let out = run(&args(line), &scratch.path().join("t.json"), STAMP);
        assert_eq!((out.status, out.stdout.as_str()), (0, HELP));
    }
}

#[test]
fn a_session_adds_completes_lists_and_counts() {
    let scratch = Scratch::new("ch17-session");
    let path = scratch.path().join("t.json");
    let go = |line: &[&str]| run(&args(line), &path, STAMP);
    assert_eq!(go(&["list"]).stdout, "No tasks! 🎉");
    assert_eq!(
        go(&["add", "Write Rust", "high"]).stdout,
        "Added: ⬜ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    );
    go(&["add", "Read the docs"]);
    assert_eq!(
        go(&["done", "1"]).stdout,
        "Completed: ✅ 1 [🔴] Write Rust (2026-11-27T10:00:00)"
    );
    assert_eq!(
        go(&["list"]).stdout,
        "  ⬜ 2 [🟡] Read the docs (2026-11-27T10:00:00)\n\n1 task(s) shown"
    );
    assert!(go(&["list", "--all"]).stdout.ends_with("2 task(s) shown"));
    assert_eq!(
        go(&["stats"]).stdout,
        "📊 Task Statistics\n   Total:   2\n   Done:    1 ✅\n   Pending: 1\n   🔴 High:   0\n   🟡 Medium: 1\n   🟢 Low:    0"
    );
}

#[test]
fn a_missing_id_exits_one_with_an_error() {
    let scratch = Scratch::new("ch17-missing-id");
    let path = scratch.path().join("t.json");
    let go = |line: &[&str]| {
        let out = run(&args(line), &path, STAMP);
        (out.status, out.stdout, out.stderr)
    };
    // An action that fails (no such task), for `done` and for `remove`...
    for verb in ["done", "remove"] {
        assert_eq!(
            go(&[verb, "9"]),
            (1, String::new(), "Error: No task with id 9".into())
        );
    }
    // ...and a command line that does not parse: both end the same way.
    assert_eq!(
        go(&["done", "one"]),
        (1, String::new(), "Error: id must be a number".into())
    );
    assert_eq!(
        go(&["add"]),
        (
            1,
            String::new(),
            "Error: usage: rustdo add <title> [priority]".into()
        )
    );
}

#[test]
fn removing_the_newest_task_frees_its_id() {
    let scratch = Scratch::new("ch17-reuse");
    let path = scratch.path().join("t.json");
    let go = |line: &[&str]| run(&args(line), &path, STAMP);
    go(&["add", "Write Rust", "high"]);
    go(&["add", "Read the docs"]);
    assert_eq!(go(&["remove", "2"]).stdout, "Removed task 2");
    assert_eq!(
        go(&["add", "Ship it", "low"]).stdout,
        "Added: ⬜ 2 [🟢] Ship it (2026-11-27T10:00:00)"
    );
}
