//! `Fn`, `FnMut`, `FnOnce`: what a closure does with its captures decides which it implements.
//! Twin: python_equivalents/ch12_iterators/closure_traits.py
use textbook_report::{Report, rejected};

/// Takes a closure it may call any number of times, sharing it (`&self` calls).
pub fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

/// Takes a closure that may change what it captured (`&mut self` calls).
pub fn apply_mut(mut f: impl FnMut(i32) -> i32, x: i32) -> i32 {
    f(x)
}

/// Takes a closure it will call once, which may give its captures away (`self` calls).
pub fn apply_once(f: impl FnOnce() -> String) -> String {
    f()
}

/// A running total: the closure changes `total`, so it is `FnMut` and not `Fn`.
pub fn running_total(values: &[i32]) -> Vec<i32> {
    let mut total = 0;
    let mut add = |x: i32| {
        total += x;
        total
    };
    let seen: Vec<i32> = values.iter().map(|&x| apply_mut(&mut add, x)).collect();
    seen
}

/// Hands an owned `String` out of the closure: it can run once only.
pub fn give_away_name() -> String {
    let name = String::from("Ferris");
    apply_once(move || name)
}

/// Compiles only for an `F: Fn`: which traits a closure has is inferred from its body.
pub fn is_fn<F: Fn() -> usize>(f: &F) -> usize {
    f()
}

/// A `move` closure that only reads what it owns is still `Fn`: `move` decides how captures are
/// taken, not which call traits the closure gets.
pub fn move_closure_that_only_reads() -> usize {
    let name = String::from("Ferris");
    let length = move || name.len();
    is_fn(&length) + is_fn(&length)
}

pub fn demo(report: &Report) {
    report.say("A closure that only reads its captures is Fn:");
    let offset = 10;
    report.result("apply(|x| x + offset, 5)", apply(|x| x + offset, 5));
    report.result("move, reading only", move_closure_that_only_reads());
    report.say("\nOne that changes them is FnMut, and Fn is refused for it:");
    report.result("running total", format!("{:?}", running_total(&[1, 2, 3])));
    report.contrast(
        "mutating closure as Fn",
        rejected(include_str!(
            "../tests/ui/traits/mutating-closure-as-fn.stderr"
        )),
        "traits/fn-does-not-mutate",
    );
    report.say("\nOne that gives a capture away is FnOnce, and a second call is refused:");
    report.result("apply_once", give_away_name());
    report.contrast(
        "second call",
        rejected(include_str!(
            "../tests/ui/traits/fnonce-called-twice.stderr"
        )),
        "traits/fnonce-once",
    );
}
