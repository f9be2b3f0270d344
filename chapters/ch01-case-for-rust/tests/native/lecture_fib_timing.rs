// Reproduces the mistake of the lecture's Rust timing program (section "Performance: From
// Minutes to Milliseconds", line 29 of ../shared/course/ch01-the-case-for-rust.txt), in our own
// code: a list of ten million `fibonacci` values is collected into `results`, which nothing ever
// reads, between two readings of the clock. That unread list is the whole point; `fibonacci` is
// the chapter's own (src/performance.rs), with the lecture's `2..=n` and wrapping addition.
use std::time::Instant;

fn fibonacci(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let (mut previous, mut current) = (0_u64, 1_u64);
    for _ in 2..=n {
        (previous, current) = (current, previous.wrapping_add(current));
    }
    current
}

fn main() {
    let clock = Instant::now();
    let results: Vec<u64> = (0..10_000_000_u64).map(fibonacci).collect();
    println!("Elapsed: {:.2?}", clock.elapsed());
}
