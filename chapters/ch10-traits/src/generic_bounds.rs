//! Generic constraints: `first`, `average`, `log_and_clone`, `print_it`, and the rows of the
//! generics quick reference. Twin: python_equivalents/ch10_traits/generic_bounds.py
use std::fmt::{Debug, Display};

use textbook_report::{Report, rejected};

pub fn first<T>(items: &[T]) -> Option<&T> {
    items.first()
}

/// Every `T` that converts to f64 without loss: i8..i32, u8..u32, f32, f64 (and bool); not i64.
pub fn average<T>(items: &[T]) -> f64
where
    T: Into<f64> + Copy,
{
    // Copy lets each item leave the slice by value; Into<f64> then turns it into the f64 summed.
    let total: f64 = items.iter().copied().map(Into::into).sum();
    total / items.len() as f64
}

/// The two lines it would print, and the clone.
pub fn log_and_clone<T: Display + Debug + Clone>(item: &T) -> (String, T) {
    let log = format!("Display: {item} / Debug: {item:?}");
    (log, item.clone())
}

/// `impl Trait` in argument position: a generic parameter without a name.
pub fn print_it(item: &impl Display) -> String {
    format!("{item}")
}

/// A `Callable[[int], int]`: anything callable with an i32 that returns one, fn or closure.
pub fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn add_three(x: i32) -> i32 {
    x + 3
}

/// `Union[int, str]` in Rust: an enum whose variants say which one it is.
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrStr {
    Int(i64),
    Str(String),
}

pub fn describe(value: &IntOrStr) -> String {
    match value {
        IntOrStr::Int(n) => format!("int {n}"),
        IntOrStr::Str(s) => format!("str {s:?}"),
    }
}

pub fn demo(report: &Report) {
    report.say("first of [10, 20, 30] and of an empty list:");
    report.result("first", format!("{:?}", first(&[10, 20, 30])));
    report.result("first_empty", format!("{:?}", first::<i32>(&[])));
    report.say("\naverage of [1, 2, 3, 4] (i32), and of an empty list:");
    report.result("average", average(&[1, 2, 3, 4]));
    report.contrast(
        "average_empty",
        average::<i32>(&[]),
        "generics/average-bounds",
    );
    report.say("\naverage of i64 values: Into<f64> is only for lossless conversions:");
    report.contrast(
        "average_i64",
        rejected(include_str!("../tests/ui/generics/average-of-i64.stderr")),
        "generics/average-bounds",
    );
    report.say("\nlog_and_clone(\"hi\"), print_it(5):");
    let (log, copy) = log_and_clone(&String::from("hi"));
    report.contrast(
        "log_and_clone",
        format!("{log} -> {copy}"),
        "generics/multiple-bounds",
    );
    report.result("print_it", print_it(&5));
    report.say("\nA function and a closure, both Fn(i32) -> i32:");
    report.result("apply_fn", apply_twice(add_three, 1));
    report.result("apply_closure", apply_twice(|x| x * 10, 1));
    report.say("\nUnion[int, str] as an enum:");
    let values = [IntOrStr::Int(7), IntOrStr::Str("seven".into())];
    let described: Vec<String> = values.iter().map(describe).collect();
    report.result("union_as_enum", described.join(", "));
}
