//! Closures against lambdas: the `|args| body` syntax, `make_adder`, closures handed to
//! `map`/`filter`, and the multi-line closure a lambda cannot be.
//! Twin: python_equivalents/ch12_iterators/closures.py
use textbook_report::{Report, rejected};

/// The lecture's `make_adder`. `move` is what lets the closure outlive the call: without it the
/// closure would borrow the parameter `n`, which dies when `make_adder` returns (E0373).
pub fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

pub fn doubled(numbers: &[i32]) -> Vec<i32> {
    numbers.iter().map(|x| x * 2).collect()
}

/// `iter()` lends `&i32`, and `filter` lends each of those again: the predicate sees `&&i32`,
/// which the pattern `&&x` takes apart. `copied()` turns the kept `&i32` back into `i32`.
pub fn evens(numbers: &[i32]) -> Vec<i32> {
    numbers.iter().filter(|&&x| x % 2 == 0).copied().collect()
}

/// The lecture's syntax table, row by row: one argument, two, none, and a block body.
pub fn syntax_rows() -> Vec<(&'static str, i32)> {
    let double = |x| x * 2;
    let add = |x, y| x + y;
    let answer = || 42;
    let twice_plus_one = |x| {
        let y = x * 2;
        y + 1
    };
    vec![
        ("|x| x * 2, at 5", double(5)),
        ("|x, y| x + y, at 2, 3", add(2, 3)),
        ("|| 42", answer()),
        ("|x| { let y = x * 2; y + 1 }, at 5", twice_plus_one(5)),
    ]
}

/// A closure whose body is several statements with a loop in it: what a lambda cannot hold.
pub fn digit_sum() -> impl Fn(u32) -> u32 {
    |mut n| {
        let mut sum = 0;
        while n > 0 {
            sum += n % 10;
            n /= 10;
        }
        sum
    }
}

pub fn demo(report: &Report) {
    report.say("A closure bound to a name, called like a function:");
    let double = |x: i32| x * 2;
    report.result("double(5)", double(5));
    report.say("\nA function that returns a closure capturing its argument:");
    let add_5 = make_adder(5);
    report.result("make_adder(5)(10)", add_5(10));
    report.contrast(
        "make_adder without move",
        rejected(include_str!(
            "../tests/ui/closures/adder-without-move.stderr"
        )),
        "closures/make-adder-needs-move",
    );
    report.say("\nClosures handed to map and filter:");
    let numbers = [1, 2, 3, 4, 5];
    report.result("doubled", format!("{:?}", doubled(&numbers)));
    report.result("evens", format!("{:?}", evens(&numbers)));
    report.say("\nThe syntax table, each row called:");
    for (row, value) in syntax_rows() {
        report.result(row, value);
    }
    report.say("\nA body of statements, loop included (a lambda holds one expression):");
    report.result("digit_sum(1234)", digit_sum()(1234));
    report.contrast(
        "statements in the body",
        "accepted: the body is a block",
        "closures/multi-line",
    );
}
