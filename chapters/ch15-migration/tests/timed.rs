//! Decorator → higher-order function. Ledger: `decorator/*`.
use chapter_15::timed::{timed, timed_with, took};
use std::time::Duration;

#[test]
fn timed_returns_the_closures_value() {
    // The lecture's usage, with a 1 ms nap.
    let result = timed("slow_function", || {
        std::thread::sleep(Duration::from_millis(1));
        42
    });
    assert_eq!(result, 42);
}

#[test]
fn timed_reports_the_name_it_is_given() {
    let mut line = String::new();
    let value = timed_with("slow_function", || "done", |printed| line = printed);
    assert_eq!(value, "done");
    assert!(line.starts_with("slow_function took "), "{line}");
}

#[test]
fn debug_precision_on_a_duration_picks_the_unit() {
    assert_eq!(took("f", Duration::from_secs(1)), "f took 1.0000s");
    assert_eq!(took("f", Duration::from_millis(5)), "f took 5.0000ms");
    assert_eq!(took("f", Duration::from_micros(7)), "f took 7.0000µs");
}
