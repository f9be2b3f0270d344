//! Beyond the lecture (the issue asks for it): `unwrap`, `expect` and `panic!`, the failures
//! that are not in any signature. Twin: python_equivalents/ch09_errors/panics.py
use std::panic;

use textbook_report::Report;

/// The lecture's `enum Result` block, as a caller sees it: `unwrap` on an `Err` panics.
pub fn parse_or_panic(text: &str) -> i32 {
    text.parse::<i32>().unwrap()
}

pub fn parse_or_explain(text: &str) -> i32 {
    text.parse::<i32>().expect("port must be a number")
}

/// Indexing: the signature says `i32`, and the function can still fail.
pub fn tenth(values: &[i32]) -> i32 {
    values[10]
}

/// Runs `f` and returns the message it panicked with, if it did. The default hook would print
/// the message to stderr as well; the demo prints it itself, so the hook is silenced meanwhile.
pub fn panic_message<R>(f: impl FnOnce() -> R + panic::UnwindSafe) -> Option<String> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(f);
    panic::set_hook(hook);
    let payload = outcome.err()?;
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
    Some(message.unwrap_or_else(|| "(not a string)".to_string()))
}

/// The environment variable that makes the `panics` demo let a panic escape `main`, so that a
/// test can see the exit status a panic gives (tests/panics.rs).
pub const ESCAPE: &str = "CH09_LET_IT_PANIC";

pub fn demo(report: &Report) {
    report.say("`unwrap` and `expect` on an Err panic; Python's int() raises ValueError:");
    let unwrap = panic_message(|| parse_or_panic("abc")).unwrap_or_default();
    report.contrast("unwrap_err", unwrap, "panics/unwrap-expect");
    let expect = panic_message(|| parse_or_explain("abc")).unwrap_or_default();
    report.contrast("expect_err", expect, "panics/unwrap-expect");
    report.result("unwrap_ok", parse_or_panic("42"));

    report.say("\nA function whose signature promises an i32 and fails anyway:");
    let index = panic_message(|| tenth(&[1, 2, 3])).unwrap_or_default();
    report.contrast("index_out_of_bounds", index, "diff/signature-shows-errors");

    if std::env::var_os(ESCAPE).is_some() {
        panic!("nobody catches this one");
    }
}
