//! The top habits, the ones a program can show. Twin: python_equivalents/ch16_best_practices/habits.py
use std::hint::black_box;

use textbook_report::{Report, rejected};

/// Habit 1: the variants are a closed set, so `match` replaces an `isinstance` chain.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

pub fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle(r) => std::f64::consts::PI * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

/// Habit 3: a `&str` parameter takes a literal and, by deref coercion, a `&String`.
pub fn shout(text: &str) -> String {
    text.to_uppercase()
}

/// Habit 4, the Python way: an index loop (clippy's `needless_range_loop` flags this shape).
#[allow(clippy::needless_range_loop)]
pub fn total_by_index(values: &[i64]) -> i64 {
    let mut total = 0;
    for i in 0..values.len() {
        total += values[i];
    }
    total
}

/// Habit 4, the idiom: the iterator does the bounds for us.
pub fn total_by_iterator(values: &[i64]) -> i64 {
    values.iter().sum()
}

/// The timed input of habit 4 (`cargo xtask bench 16 index_loop`): `n` numbers below 1000,
/// the same on both sides, so the two sums can be compared.
pub fn bench_values(n: u64) -> Vec<i64> {
    (0..n).map(|i| (i % 1000) as i64).collect()
}

/// One untimed warm-up call, then the median of five timed ones (seconds), and the result.
pub fn median_time<T>(kernel: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(5, kernel)
}

/// Habit 5: a missing or bad port becomes a default without a single `unwrap`.
pub fn port_or_default(raw: Option<&str>) -> u16 {
    raw.and_then(|s| s.parse().ok()).unwrap_or(8080)
}

/// Habit 5 with `?`: a missing `port=` ends the function early with `None`, again no `unwrap`.
pub fn port_setting(line: &str) -> Option<u16> {
    let value = line.strip_prefix("port=")?;
    value.parse().ok()
}

/// Habit 9: a connection's states as an enum instead of string flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Connection {
    Closed,
    Connecting,
    Open,
}

pub fn next(state: Connection) -> Connection {
    match state {
        Connection::Closed => Connection::Connecting,
        Connection::Connecting => Connection::Open,
        Connection::Open => Connection::Closed,
    }
}

pub fn demo(report: &Report, size: Option<u64>) {
    report.say("Habit 1: match on the variant instead of isinstance:");
    report.result("area_rect", format!("{:.2}", area(&Shape::Rect(2.0, 3.0))));
    report.result("area_circle", format!("{:.2}", area(&Shape::Circle(1.0))));
    report.say("\nHabit 3: one &str parameter takes a literal and a borrowed String:");
    let owned = String::from("ferris");
    report.result("shout_literal", shout("crab"));
    report.result("shout_string", shout(&owned));
    report.say("\nHabit 4: the index loop and the iterator agree:");
    let values = [3, 1, 4, 1, 5, 9, 2, 6];
    report.result("total_by_index", total_by_index(&values));
    report.result("total_by_iterator", total_by_iterator(&values));
    // `black_box` on the slice and on the sum: without the second, the optimiser drops the runs
    // whose result is overwritten, and the loop times nothing (20 ns for a million numbers).
    let values = bench_values(size.unwrap_or(100_000));
    report.say(format!(
        "  timed, {} numbers (median of 5; a debug build says nothing of speed):",
        values.len()
    ));
    let (total, seconds) = median_time(|| black_box(total_by_index(black_box(&values))));
    report.timed("index_total", total, seconds);
    let (total, seconds) = median_time(|| black_box(total_by_iterator(black_box(&values))));
    report.timed("iterator_total", total, seconds);
    report.say("\nHabit 5: Option combinators instead of unwrap:");
    report.result("port_given", port_or_default(Some("5432")));
    report.result("port_bad", port_or_default(Some("http")));
    report.result("port_missing", port_or_default(None));
    report.say("\nHabit 9: a state enum; forgetting a state does not compile:");
    report.result("after_open", format!("{:?}", next(Connection::Open)));
    report.contrast(
        "forgotten_state",
        rejected(include_str!(
            "../tests/ui/habits/state-left-out-of-match.stderr"
        )),
        "habits/enum-states-exhaustive",
    );
}
