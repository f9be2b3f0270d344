//! What a closure captures: Python's late-binding surprise, and why Rust cannot reproduce it.
//! Twin: python_equivalents/ch12_iterators/late_binding.py
use textbook_report::{Report, rejected};

/// The lecture's three boxed closures: each `move` closure gets its own copy of `i` (`i32` is
/// `Copy`), so each returns the value `i` had when it was made.
pub fn boxed_closures() -> Vec<Box<dyn Fn() -> i32>> {
    (0..3)
        .map(|i| Box::new(move || i) as Box<dyn Fn() -> i32>)
        .collect()
}

pub fn call_all(funcs: &[Box<dyn Fn() -> i32>]) -> Vec<i32> {
    funcs.iter().map(|f| f()).collect()
}

/// The nearest Rust gets to sharing one variable among closures and changing it afterwards:
/// a `Cell`, shared by reference. Then every closure does see the last value, as in Python.
pub fn shared_cell_closures() -> Vec<i32> {
    let i = std::cell::Cell::new(0);
    let mut funcs: Vec<Box<dyn Fn() -> i32 + '_>> = Vec::new();
    for value in 0..3 {
        i.set(value);
        funcs.push(Box::new(|| i.get()));
    }
    funcs.iter().map(|f| f()).collect()
}

pub fn demo(report: &Report) {
    report.say("Three closures made in a loop, each called afterwards:");
    report.contrast(
        "closures over the loop variable",
        format!("{:?}", call_all(&boxed_closures())),
        "capture/late-binding",
    );
    report.result(
        "one value per closure",
        format!("{:?}", call_all(&boxed_closures())),
    );
    report.say("\nChanging a variable while a closure borrows it is refused:");
    report.contrast(
        "assign while borrowed",
        rejected(include_str!(
            "../tests/ui/capture/assign-while-captured.stderr"
        )),
        "capture/no-late-binding-in-rust",
    );
    report.say("\nOne shared cell, asked for explicitly, behaves like Python's shared variable:");
    report.result("shared cell", format!("{:?}", shared_cell_closures()));
}
