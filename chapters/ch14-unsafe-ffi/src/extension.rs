//! The lecture's PyO3 extension, its Rust half: the functions and the class, called from Rust
//! here and from Python through `ctypes` in tests/ffi_bridge.rs (PyO3 itself is cited, not built).
//! Twin: python_equivalents/ch14_unsafe_ffi/extension_functions.py
use std::hint::black_box;
use std::time::Instant;

use textbook_report::Report;

use crate::kernels::{Counter, fibonacci, primes_up_to};

/// The sieve's size in the demo's timing: large enough to time, small enough for a tour.
pub const SIEVE_SIZE: usize = 1_000_000;

pub fn demo(report: &Report) {
    report.say("The lecture's extension functions, called from Rust:");
    report.result("fibonacci(50)", fibonacci(50));
    let mut counter = Counter::new(0);
    counter.increment();
    counter.increment();
    report.result("counter.get_value()", counter.get_value());
    report.result("repr(counter)", counter.repr());
    let primes = primes_up_to(100_000);
    report.result("len(primes_up_to(100_000))", primes.len());
    report.result("sum(primes_up_to(100_000))", primes.iter().sum::<usize>());
    report.say(format!(
        "\nThe sieve up to {SIEVE_SIZE}, timed in this process (the lecture times 10 000 000):"
    ));
    let start = Instant::now();
    let count = black_box(primes_up_to(black_box(SIEVE_SIZE))).len();
    report.timed("sieve_count", count, start.elapsed().as_secs_f64());
}
