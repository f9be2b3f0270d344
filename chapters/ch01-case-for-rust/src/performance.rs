//! Section "Performance: from minutes to milliseconds". The lecture times a list of
//! `fibonacci(i)` for every `i` below ten million and quotes ~45 s for Python, ~0.3 s for Rust.
//! Neither figure can be right: each call loops `i - 1` times, so the list costs about N²/2 loop
//! steps (5×10^13 for the lecture's N), and Python's numbers grow to two million digits. This
//! module counts those steps exactly, times the lecture's loop at sizes that finish, and then
//! times an honest kernel of the same loop, `fibonacci(i % 90)`, which both languages compute
//! with identical results.

use std::hint::black_box;
use std::time::Instant;

use textbook_report::{Report, human_seconds};

/// The lecture's list length.
pub const LECTURE_N: u64 = 10_000_000;
/// Sizes at which the lecture's loop is really run: each doubles the last.
pub const LECTURE_SERIES: [u64; 3] = [1_000, 2_000, 4_000];
/// `fibonacci(89)` is the largest that the kernel asks for: it fits in a `u64` (and `fibonacci(93)`
/// is the last one that does), so both languages agree on every value.
pub const KERNEL_PERIOD: u64 = 90;
/// The kernel's default call count: small enough for a debug build to finish the section in
/// about a second. `cargo xtask bench` passes a larger SIZE to a release build.
pub const DEFAULT_SIZE: u64 = 50_000;
/// Timed repetitions of the kernel (after one warm-up run); the median is reported.
pub const REPETITIONS: usize = 5;

/// The lecture's function: iterative, with additions that wrap around at 2^64.
/// `inline(never)` keeps it a function of its own in the assembly, so that
/// `tests/performance.rs` can read its loop.
#[inline(never)]
pub fn fibonacci(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let (mut previous, mut current) = (0_u64, 1_u64);
    for _ in 2..=n {
        (previous, current) = (current, previous.wrapping_add(current));
    }
    current
}

/// How many times the loop of `fibonacci(n)` runs: `2..=n` has `n - 1` elements from n = 2 on.
pub fn fibonacci_steps(n: u64) -> u64 {
    n.saturating_sub(1)
}

/// Loop steps of the lecture's list, `fibonacci(i)` for every `i < n`:
/// 1 + 2 + … + (n - 2) = (n - 2)(n - 1) / 2, which grows as n².
pub fn lecture_loop_steps(n: u64) -> u128 {
    let n = u128::from(n);
    if n < 2 { 0 } else { (n - 2) * (n - 1) / 2 }
}

/// The lecture's loop as written. Quadratic: call it only with small `n`.
pub fn lecture_loop(n: u64) -> Vec<u64> {
    (0..black_box(n)).map(fibonacci).collect()
}

/// The sum of the values modulo 2^64: a check both languages can compute.
pub fn checksum(values: &[u64]) -> u64 {
    values.iter().fold(0, |sum, &value| sum.wrapping_add(value))
}

/// The honest kernel: the lecture's loop over `count` calls with the argument kept below
/// [`KERNEL_PERIOD`], so the cost per call is bounded and every value is exact on both sides.
pub fn fib_kernel(count: u64) -> u64 {
    let results: Vec<u64> = (0..black_box(count))
        .map(|i| fibonacci(black_box(i % KERNEL_PERIOD)))
        .collect();
    black_box(checksum(&results))
}

/// Loop steps the kernel performs: whole periods of 90 calls, then the remainder.
pub fn fib_kernel_steps(count: u64) -> u128 {
    let (periods, rest) = (count / KERNEL_PERIOD, count % KERNEL_PERIOD);
    u128::from(periods) * lecture_loop_steps(KERNEL_PERIOD) + lecture_loop_steps(rest)
}

/// Decimal digits of the exact `fibonacci(n)` (no wrapping), from Binet's formula
/// F(n) ≈ φⁿ/√5. Python checks it against `len(str(fibonacci(n)))`.
pub fn fibonacci_digits(n: u64) -> u64 {
    if n < 2 {
        return 1;
    }
    let sqrt5 = 5f64.sqrt();
    let phi = (1.0 + sqrt5) / 2.0;
    let log10 = n as f64 * phi.log10() - sqrt5.log10();
    log10.floor() as u64 + 1
}

/// Runs `work` once to warm up, then `repetitions` times; the last result and the median time.
pub fn median_seconds<T>(repetitions: usize, work: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(repetitions, work)
}

/// Hours and days, for the figures [`human_seconds`] is not meant for.
pub fn long_duration(seconds: f64) -> String {
    match seconds {
        s if s >= 86_400.0 => format!("{:.1} days", s / 86_400.0),
        s if s >= 3_600.0 => format!("{:.1} hours", s / 3_600.0),
        s => human_seconds(s),
    }
}

/// The tour's entry point, with the default size.
pub fn demo(report: &Report) {
    run(report, DEFAULT_SIZE);
}

/// The section, with `size` calls in the honest kernel.
pub fn run(report: &Report, size: u64) {
    if cfg!(debug_assertions) {
        report.say(
            "NOTE: this is a debug build (`cargo run` without --release): no optimisation, so its \
             timings are meaningless.\n      For real figures: \
             `cargo run --release -p chapter-01 --bin fibonacci`, or both languages side by side: \
             `cargo xtask bench 1`.\n",
        );
    }

    report.say(format!(
        "The lecture's list, fibonacci(i) for i < {LECTURE_N}: each call loops i - 1 times."
    ));
    report.result("lecture_steps", lecture_loop_steps(LECTURE_N));
    report.say("Decimal digits of the last exact value (Python computes it; Rust wraps at 2^64):");
    report.result("lecture_last_digits", fibonacci_digits(LECTURE_N - 1));
    report.say("From fibonacci(94) on, the value no longer fits in a u64: Rust wraps around.");
    report.contrast("fibonacci_94", fibonacci(94), "perf/fib-rust-time");

    report.say("\nThe lecture's loop, run at sizes that finish (4 times the steps per doubling):");
    let mut previous: Option<f64> = None;
    let mut per_step = 0.0;
    for n in LECTURE_SERIES {
        let start = Instant::now();
        let results = black_box(lecture_loop(n));
        let seconds = start.elapsed().as_secs_f64();
        let steps = lecture_loop_steps(n);
        report.timed(
            &format!("lecture_loop_{n}"),
            format!("{steps} steps, sum mod 2^64 = {}", checksum(&results)),
            seconds,
        );
        if let Some(before) = previous {
            report.say(format!(
                "      {:.1} times the time for twice the size",
                seconds / before
            ));
        }
        previous = Some(seconds);
        per_step = seconds / steps as f64;
    }
    report.say(format!(
        "At that pace the lecture's N would take {} (Rust's numbers stop growing at 2^64).",
        long_duration(per_step * lecture_loop_steps(LECTURE_N) as f64)
    ));

    report.say(format!(
        "\nThe honest kernel: fibonacci(i % {KERNEL_PERIOD}) for i < {size}, median of {REPETITIONS} runs:"
    ));
    let steps = fib_kernel_steps(size);
    report.result("fib_kernel_steps", steps);
    let (sum, seconds) = median_seconds(REPETITIONS, || fib_kernel(black_box(size)));
    report.timed("fib_kernel", sum, seconds);
    if steps > 0 {
        report.say(format!(
            "      {:.2} ns per loop step",
            seconds * 1e9 / steps as f64
        ));
    }
    report.say(
        "\nThe loop's machine code (release): \
         `cargo test -p chapter-01 --test performance fibonacci_loop -- --nocapture`",
    );
}
