//! Beyond the lecture: panics (`unwrap`, `expect`, `panic!`) and anyhow with context.
//! Ledger: panics/*, anyhow/*, diff/signature-shows-errors.
use std::cell::Cell;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::process::Command;
use std::time::Duration;

use chapter_09::app_context::{MISSING, SETTINGS, load_settings, one_line, root_io_kind};
use chapter_09::panics::{ESCAPE, parse_or_explain, parse_or_panic, tenth};
use chapter_09::scratch::Scratch;
use textbook_harness::run_with_timeout;

#[test]
#[should_panic(
    expected = "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }"
)]
fn unwrap_on_an_err_panics_with_the_errors_debug() {
    parse_or_panic("abc");
}

#[test]
#[should_panic(expected = "port must be a number: ParseIntError { kind: InvalidDigit }")]
fn expect_puts_its_message_before_the_error() {
    parse_or_explain("abc");
}

#[test]
#[should_panic(expected = "index out of bounds: the len is 3 but the index is 10")]
fn a_signature_without_result_can_still_fail() {
    tenth(&[1, 2, 3]);
}

#[test]
fn a_panic_unwinds_through_a_frame_that_marks_nothing() {
    // `middle` has no `?`, no Result, nothing in its signature: the panic in `tenth` leaves it
    // all the same, and the rest of its body is skipped, as a Python exception skips a frame.
    fn middle(values: &[i32], reached: &Cell<bool>) -> i32 {
        let value = tenth(values);
        reached.set(true);
        value + 1
    }
    let reached = Cell::new(false);
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| middle(&[1, 2, 3], &reached)));
    assert!(outcome.is_err());
    assert!(!reached.get());
}

#[test]
fn a_panic_that_leaves_main_exits_with_101() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_panics"));
    command.arg("--json").env(ESCAPE, "1");
    let output = run_with_timeout(command, Duration::from_secs(20));
    assert_eq!(output.status.code(), Some(101));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("panicked at") && stderr.contains("nobody catches this one"),
        "{stderr}"
    );
}

#[test]
fn context_names_the_file_and_keeps_the_io_error() {
    let error = load_settings(MISSING).unwrap_err();
    assert_eq!(
        one_line(&error),
        "reading settings /nonexistent/ch09/settings.json: No such file or directory (os error 2)"
    );
    assert_eq!(root_io_kind(&error), Some(io::ErrorKind::NotFound));
    assert_eq!(error.chain().count(), 2);
}

#[test]
fn one_anyhow_error_carries_errors_of_any_type() {
    let scratch = Scratch::new("anyhow").unwrap();
    let bad = scratch.file("bad.json", "{\"port\": \"x\"}").unwrap();
    let error = load_settings(&bad.to_string_lossy()).unwrap_err();
    assert!(
        error
            .root_cause()
            .downcast_ref::<serde_json::Error>()
            .is_some()
    );
    let low = scratch.file("low.json", "{\"port\": 80}").unwrap();
    let error = load_settings(&low.to_string_lossy()).unwrap_err();
    assert!(
        error.to_string().ends_with("port 80 is privileged"),
        "{error}"
    );
    let good = scratch.file("good.json", "{\"port\": 8080}").unwrap();
    assert_eq!(load_settings(&good.to_string_lossy()).unwrap().port, 8080);
}

#[test]
fn an_error_returned_from_main_is_printed_with_its_causes_and_exits_1() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_app_context"));
    // A backtrace would be appended if the caller's environment asked for one.
    command.arg("--json").env(SETTINGS, MISSING);
    command
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    let output = run_with_timeout(command, Duration::from_secs(20));
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        "Error: reading settings /nonexistent/ch09/settings.json\n\nCaused by:\n    No such file or directory (os error 2)\n"
    );
}
