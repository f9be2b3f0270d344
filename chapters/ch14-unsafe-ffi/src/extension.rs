//! The lecture's PyO3 extension, its Rust half: the functions and the class, called from Rust
//! here and from Python through `ctypes` in tests/ffi_bridge.rs (PyO3 itself is cited, not built).
//! Twin: python_equivalents/ch14_unsafe_ffi/extension_functions.py
use std::hint::black_box;

use textbook_report::Report;

use crate::kernels::{Counter, fibonacci, primes_up_to};

/// The sieve's size in the demo's timing: large enough to time, small enough for a tour.
/// `cargo xtask bench 14` passes the lecture's 10 000 000 instead (benches.toml).
pub const SIEVE_SIZE: usize = 1_000_000;

/// `fibonacci(50)` is timed over this many calls: one call is too short for the clock.
pub const FIB_CALLS: u32 = 1000;

/// One untimed warm-up call, then the median of five timed ones (seconds), and the result.
pub fn median_time<T>(kernel: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(5, kernel)
}

pub fn demo(report: &Report) {
    demo_sized(report, None);
}

/// The demo, its sieve timed at `size` (the tour's default when `None`).
pub fn demo_sized(report: &Report, size: Option<u64>) {
    let n = size.map_or(SIEVE_SIZE, |size| {
        usize::try_from(size).expect("the sieve's size fits in usize")
    });
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
        "\nThe sieve up to {n}, the median of 5 in this process (the lecture times 10 000 000):"
    ));
    let (count, seconds) = median_time(|| black_box(primes_up_to(black_box(n))).len());
    report.timed("sieve_count", count, seconds);
    report.say(format!(
        "\nfibonacci(50), \"computed in microseconds\": one call, of {FIB_CALLS} (median of 5):"
    ));
    let (fib, seconds) = median_time(|| {
        let mut last = 0;
        for _ in 0..FIB_CALLS {
            last = black_box(fibonacci(black_box(50)));
        }
        last
    });
    report.timed("fibonacci_50_per_call", fib, seconds / f64::from(FIB_CALLS));
}
