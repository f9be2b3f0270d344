//! `cargo build` against `cargo build --release`: the same kernels built both ways. Each kernel
//! is ordinary code a Python developer would write (a loop with branches, a sieve over a `Vec`,
//! floating-point arithmetic, a sort, a hash map, an iterator chain), and each gives a checksum
//! that the Python twin computes too, so that a timing is only ever of work that came out right.
//!
//! Timings are in-process medians after a warm-up (DESIGN.md); the speed-up of release over
//! debug is what `cargo xtask bench 2` computes from the two builds. Nothing here asserts a time.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use textbook_report::{Options, Report};

/// The size a plain `cargo run` uses: small, so that the debug build answers at once.
pub const DEFAULT_SIZE: u64 = 2_000;
/// Timed repetitions after one warm-up; the median is reported.
pub const REPETITIONS: usize = 5;

/// A kernel: the problem size in, a checksum out.
pub type Kernel = fn(u64) -> u64;

/// The kernels, in report order: (case, what it does, the kernel).
pub const KERNELS: &[(&str, &str, Kernel)] = &[
    ("collatz", "Collatz steps of 1..=n, summed", collatz_total),
    (
        "sieve",
        "primes below 10 n (sieve of Eratosthenes)",
        count_primes,
    ),
    (
        "mandelbrot",
        "Mandelbrot escape counts, √n × √n grid",
        mandelbrot,
    ),
    (
        "sort",
        "sort n pseudo-random u64, weigh by position",
        sorted_checksum,
    ),
    (
        "word_count",
        "count n keys (of 1000) in a hash map",
        word_count,
    ),
    (
        "iterator_chain",
        "filter/map/sum over 0..10 n",
        iterator_chain,
    ),
];

/// The number of steps the Collatz walk takes from each of 1..=n to reach 1, summed.
pub fn collatz_total(n: u64) -> u64 {
    let mut total = 0;
    for start in 1..=n {
        let mut value = start;
        while value != 1 {
            value = if value % 2 == 0 {
                value / 2
            } else {
                3 * value + 1
            };
            total += 1;
        }
    }
    total
}

/// How many primes are below 10 n.
pub fn count_primes(n: u64) -> u64 {
    let limit = usize::try_from(10 * n).unwrap_or(usize::MAX);
    let mut composite = vec![false; limit];
    let mut count = 0;
    for i in 2..limit {
        if !composite[i] {
            count += 1;
            let mut multiple = i * i;
            while multiple < limit {
                composite[multiple] = true;
                multiple += i;
            }
        }
    }
    count
}

/// The largest whole number whose square is at most n.
pub fn isqrt(n: u64) -> u64 {
    n.isqrt()
}

/// Escape iterations (at most 64) of every point of a √n × √n grid over [-2, 0.5] × [-1.25, 1.25].
pub fn mandelbrot(n: u64) -> u64 {
    let side = isqrt(n).max(1);
    let mut total = 0;
    for row in 0..side {
        let ci = -1.25 + 2.5 * row as f64 / side as f64;
        for col in 0..side {
            let cr = -2.0 + 2.5 * col as f64 / side as f64;
            let (mut zr, mut zi) = (0.0_f64, 0.0_f64);
            let mut steps = 0;
            while steps < 64 && zr * zr + zi * zi <= 4.0 {
                let next = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = next;
                steps += 1;
            }
            total += steps;
        }
    }
    total
}

/// The xorshift64 generator (Marsaglia 2003): the same numbers in both languages, no crate.
pub fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

pub fn pseudo_random(n: u64) -> Vec<u64> {
    let mut state = 0x9E37_79B9_7F4A_7C15;
    (0..n).map(|_| xorshift(&mut state)).collect()
}

/// Sorts n pseudo-random numbers and sums value × position (wrapping), which only the sorted
/// order gives.
pub fn sorted_checksum(n: u64) -> u64 {
    let mut values = pseudo_random(n);
    values.sort_unstable();
    values
        .iter()
        .zip(1_u64..)
        .fold(0, |sum, (&value, position)| {
            sum.wrapping_add((value >> 32).wrapping_mul(position))
        })
}

/// Counts n pseudo-random keys (of 1000) in a hash map; the checksum is distinct keys × 1 000 000
/// plus the largest count.
pub fn word_count(n: u64) -> u64 {
    let mut counts: HashMap<u64, u64> = HashMap::new();
    for value in pseudo_random(n) {
        *counts.entry(value % 1000).or_insert(0) += 1;
    }
    let largest = counts.values().copied().max().unwrap_or(0);
    counts.len() as u64 * 1_000_000 + largest
}

/// An iterator chain: the squares of the multiples of 3 below 10 n, each modulo 7, summed.
pub fn iterator_chain(n: u64) -> u64 {
    (0..10 * n).filter(|x| x % 3 == 0).map(|x| x * x % 7).sum()
}

/// Runs `kernel(n)` once to warm up, then `REPETITIONS` times: its result and median seconds.
pub fn timed(kernel: fn(u64) -> u64, n: u64) -> (u64, f64) {
    let result = black_box(kernel(black_box(n)));
    let mut seconds: Vec<f64> = (0..REPETITIONS)
        .map(|_| {
            let start = Instant::now();
            let again = black_box(kernel(black_box(n)));
            let elapsed = start.elapsed().as_secs_f64();
            assert_eq!(
                again, result,
                "a kernel must give the same result every time"
            );
            elapsed
        })
        .collect();
    seconds.sort_by(f64::total_cmp);
    (result, seconds[seconds.len() / 2])
}

/// Which profile this binary was built with: what the timings are of.
pub fn profile() -> &'static str {
    if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    }
}

pub fn demo_sized(report: &Report, n: u64) {
    report.say(format!(
        "Six kernels at n = {n}, this binary built as {} (`cargo run --release -p chapter-02 \
         --bin debug_release` for the other; `cargo xtask bench 2` measures both):",
        profile()
    ));
    for (case, _, kernel) in KERNELS {
        let (result, seconds) = timed(*kernel, n);
        report.timed(case, result, seconds);
    }
}

pub fn demo(report: &Report) {
    demo_sized(report, DEFAULT_SIZE);
}

/// The demo binary's entry: `[--json] [SIZE]`.
pub fn main_with(options: &Options, report: &Report) {
    demo_sized(report, options.size.unwrap_or(DEFAULT_SIZE));
}
