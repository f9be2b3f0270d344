//! The chapter's `fibonacci` (src/performance.rs) as a program the test compiles with rustc -O next to the C
//! one: `inclusive` is the lecture's `2..=n`, `exclusive` the same loop over `1..n`. Same kernel,
//! same timing, same output as fib_kernel.c: checksum, loop steps, ns per step.
use std::hint::black_box;
use std::time::Instant;

#[inline(never)]
fn fibonacci_inclusive(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let (mut previous, mut current) = (0_u64, 1_u64);
    for _ in 2..=n {
        (previous, current) = (current, previous.wrapping_add(current));
    }
    current
}

#[inline(never)]
fn fibonacci_exclusive(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let (mut previous, mut current) = (0_u64, 1_u64);
    for _ in 1..n {
        (previous, current) = (current, previous.wrapping_add(current));
    }
    current
}

fn main() {
    let mut args = std::env::args().skip(1);
    let variant = args.next().unwrap_or_default();
    let count: u64 = black_box(args.next().and_then(|a| a.parse().ok()).unwrap_or(1000));
    let fibonacci: fn(u64) -> u64 = match variant.as_str() {
        "inclusive" => fibonacci_inclusive,
        "exclusive" => fibonacci_exclusive,
        other => panic!("unknown variant {other:?}"),
    };
    let steps: u64 = (0..count).map(|i| (i % 90).saturating_sub(1)).sum();
    let mut times = Vec::new();
    let mut sum = 0u64;
    for run in 0..6 {
        let start = Instant::now();
        sum = (0..count).fold(0u64, |s, i| s.wrapping_add(fibonacci(i % 90)));
        if run > 0 {
            times.push(start.elapsed().as_secs_f64());
        }
    }
    times.sort_by(f64::total_cmp);
    println!("{sum} {steps} {:.3}", times[2] / steps as f64 * 1e9);
}
