//! Iterators against generators: the lecture's `Fibonacci`, laziness, and where the two differ
//! (a `u64` runs out; `None` is not always final; a consumed iterator cannot be used again).
//! Twin: python_equivalents/ch12_iterators/generators.py
use std::cell::Cell;

use textbook_report::{Report, rejected};

/// The lecture's `Fibonacci`, in our words but with its arithmetic: each step adds the pair
/// (the number two places ahead) before handing out the first, so the addition overflows `u64`
/// while the 93rd value is produced, although that value still fits: a panic in a debug build,
/// a silently wrong sequence in a release build.
#[derive(Debug)]
pub struct Fibonacci {
    a: u64,
    b: u64,
}

impl Fibonacci {
    pub fn new() -> Self {
        Self { a: 0, b: 1 }
    }
}

impl Default for Fibonacci {
    fn default() -> Self {
        Self::new()
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        // The lecture's unchecked `+`, kept on purpose: it is the claim under test.
        let ahead = self.a + self.b;
        let yielded = std::mem::replace(&mut self.a, self.b);
        self.b = ahead;
        Some(yielded)
    }
}

/// A Fibonacci iterator that ends instead of overflowing: `checked_add` gives `None` for the
/// first sum that does not fit, so it yields every Fibonacci number a `u64` holds (94 of them).
#[derive(Debug)]
pub struct CheckedFibonacci {
    a: Option<u64>,
    b: Option<u64>,
}

impl CheckedFibonacci {
    pub fn new() -> Self {
        CheckedFibonacci {
            a: Some(0),
            b: Some(1),
        }
    }
}

impl Default for CheckedFibonacci {
    fn default() -> Self {
        Self::new()
    }
}

impl Iterator for CheckedFibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.a?;
        let next = self.b;
        self.b = next.and_then(|b| current.checked_add(b));
        self.a = next;
        Some(current)
    }
}

/// How many times `map`'s closure ran before and after `take(5).collect()` over a million
/// numbers: laziness means 0, then 5.
pub fn squares_calls() -> (usize, usize, Vec<u64>) {
    let calls = Cell::new(0);
    let chain = (0..1_000_000u64)
        .map(|x| {
            calls.set(calls.get() + 1);
            x * x
        })
        .take(5);
    let before = calls.get();
    let squares: Vec<u64> = chain.collect();
    (before, calls.get(), squares)
}

/// An iterator that says `None` once and then goes on: allowed by the `Iterator` contract.
#[derive(Debug)]
pub struct Blinking {
    step: u32,
}

impl Iterator for Blinking {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        self.step += 1;
        (self.step != 2).then_some(self.step)
    }
}

/// Four calls to `next`, without and with `fuse()`.
pub fn after_none() -> (Vec<Option<u32>>, Vec<Option<u32>>) {
    let mut plain = Blinking { step: 0 };
    let mut fused = Blinking { step: 0 }.fuse();
    let plain: Vec<_> = (0..4).map(|_| plain.next()).collect();
    let fused: Vec<_> = (0..4).map(|_| fused.next()).collect();
    (plain, fused)
}

/// The iterator, with the lecture's unchecked `+`, asked for its 95th value: a debug build panics
/// on the way (the message is returned), a release build wraps and returns a wrong number.
pub fn ninety_fifth_with_unchecked_add() -> String {
    let message = crate::macros::panic_message(|| {
        let _ = Fibonacci::new().nth(94);
    });
    if message == "no panic" {
        Fibonacci::new().nth(94).unwrap_or_default().to_string()
    } else {
        format!("panic: {message}")
    }
}

pub fn demo(report: &Report) {
    report.say("The first ten Fibonacci numbers, from an endless source:");
    let first_10: Vec<u64> = Fibonacci::new().take(10).collect();
    report.result("first_10", format!("{first_10:?}"));
    report.say("\nHow far the lecture's u64 version gets (Python's ints do not run out):");
    report.result("92nd value", Fibonacci::new().nth(91).unwrap_or_default());
    report.result("values that fit", CheckedFibonacci::new().count());
    report.contrast(
        "95th value",
        ninety_fifth_with_unchecked_add(),
        "generators/fibonacci-overflows",
    );
    report.say("\nLazy: how often map's closure ran, before and after take(5).collect():");
    let (before, after, squares) = squares_calls();
    report.result("calls before", before);
    report.result("calls after", after);
    report.result("squares", format!("{squares:?}"));
    report.say("\nAfter the end: four calls to next, plain and fused:");
    let (plain, fused) = after_none();
    report.contrast("plain", format!("{plain:?}"), "generators/none-to-end");
    report.contrast("fused", format!("{fused:?}"), "generators/none-to-end");
    report.say("\nUsing a consumed iterator again:");
    report.contrast(
        "collect twice",
        rejected(include_str!("../tests/ui/generators/collect-twice.stderr")),
        "generators/consumed-once",
    );
}
