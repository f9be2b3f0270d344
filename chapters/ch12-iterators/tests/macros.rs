//! Macros. Ledger: `macros/*`.
use std::process::Command;
use std::time::Duration;

use chapter_12::hashmap;
use chapter_12::macros::{
    assert_eq_message, assert_message, panic_message, process, todo_message, variadic_formats,
};

fn run_macros_demo() -> (String, String) {
    let command = Command::new(env!("CARGO_BIN_EXE_macros"));
    let output = textbook_harness::run_with_timeout(command, Duration::from_secs(20));
    assert!(output.status.success());
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn log_call_announces_then_evaluates_the_body() {
    assert_eq!(process("data"), "DATA");
    let (stdout, _) = run_macros_demo();
    let announced = stdout.find("Calling process").expect("announced");
    let returned = stdout.find("DATA").expect("returned");
    assert!(announced < returned);
}

#[test]
fn format_takes_any_number_of_arguments() {
    assert_eq!(variadic_formats(), ["none", "1", "1 two", "1 two 3.5"]);
    assert_eq!(vec!["x"; 3].len(), 3);
    assert_eq!(vec![0u8; 5], [0, 0, 0, 0, 0]);
}

#[test]
fn assert_eq_reports_values_not_source() {
    let message = assert_eq_message();
    assert!(message.starts_with("assertion `left == right` failed"));
    assert!(message.contains("left: 4") && message.contains("right: 5"));
    assert!(!message.contains("sum"));
}

#[test]
fn assert_without_a_message_reports_its_source() {
    assert_eq!(assert_message(), "assertion failed: value > 0");
}

#[test]
fn dbg_prints_file_line_expression_and_value_to_stderr() {
    let (stdout, stderr) = run_macros_demo();
    let line = stderr
        .lines()
        .find(|l| l.contains("x * 2"))
        .expect("a dbg! line");
    assert!(line.starts_with('[') && line.contains("src/macros.rs:"));
    assert!(line.ends_with("] x * 2 = 2"));
    assert!(!stdout.contains("x * 2 = 2"));
}

#[test]
fn todo_panics_with_not_yet_implemented() {
    assert_eq!(todo_message(), "not yet implemented");
}

#[test]
#[should_panic(expected = "not implemented")]
fn unimplemented_panics_when_reached() {
    unimplemented!();
}

#[test]
fn panic_carries_its_message() {
    assert_eq!(
        panic_message(|| panic!("something went wrong")),
        "something went wrong"
    );
}

#[test]
fn hashmap_macro_builds_a_map_and_accepts_a_trailing_comma() {
    let scores = hashmap! {
        "Grace" => 97,
        "Bob" => 85,
        "Linus" => 78,
    };
    assert_eq!(scores.len(), 3);
    assert_eq!(scores["Bob"], 85);
    let one = hashmap! { 1 => 'a' };
    assert_eq!(one[&1], 'a');
}
