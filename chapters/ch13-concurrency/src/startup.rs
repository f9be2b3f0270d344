//! Section 4, the case study's start-up cost. The lecture puts `multiprocessing.Pool(16)`'s
//! start at 2–3 s and a Rust thread pool's at none. Both sides time the same job: start SIZE
//! workers, hand each one number, collect the results, shut the workers down. Rust: plain
//! threads and a Rayon `ThreadPool`; Python: `ThreadPoolExecutor` and `multiprocessing.Pool`
//! (and, given a SIZE, the pool under the other two start methods).

use std::hint::black_box;
use std::thread;

use rayon::prelude::*;
use textbook_report::Report;

/// The lecture's pool size, which `cargo xtask bench 13 pool_startup` passes.
pub const LECTURE_WORKERS: usize = 16;
/// Small enough for the parity check, which runs every demo at its default.
pub const DEFAULT_WORKERS: usize = 2;
/// Timed repetitions after one warm-up; the median is reported.
pub const REPETITIONS: usize = 5;

/// One thread per number; each returns its number's absolute value through `join`.
pub fn threads(workers: usize) -> Vec<i64> {
    let handles: Vec<_> = (0..workers as i64)
        .map(|n| thread::spawn(move || black_box(-n).abs()))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// A Rayon pool of `workers` threads, built, used once and dropped (which ends its threads).
pub fn rayon_pool(workers: usize) -> Vec<i64> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers)
        .build()
        .expect("build a Rayon pool");
    let numbers: Vec<i64> = (0..workers as i64).map(|n| -n).collect();
    pool.install(|| numbers.par_iter().map(|n| n.abs()).collect())
}

/// How both sides print a result: the worker count and the sum of what came back.
pub fn summary(results: &[i64]) -> String {
    format!(
        "{} results, sum {}",
        results.len(),
        results.iter().sum::<i64>()
    )
}

fn median_seconds(work: impl FnMut() -> Vec<i64>) -> (Vec<i64>, f64) {
    textbook_report::median_seconds(REPETITIONS, work)
}

pub fn demo(report: &Report) {
    run(report, DEFAULT_WORKERS);
}

pub fn run(report: &Report, workers: usize) {
    report.say(format!(
        "Start {workers} workers, give each one number, collect, shut down \
         (the lecture's pool has {LECTURE_WORKERS}; `cargo xtask bench 13 pool_startup`):"
    ));
    let (results, seconds) = median_seconds(|| threads(workers));
    report.timed("threads", summary(&results), seconds);
    let (results, seconds) = median_seconds(|| rayon_pool(workers));
    report.timed("pool", summary(&results), seconds);
}
