//! Section 3, the GIL. CPython's default build runs one thread of Python bytecode at a time, so
//! four threads of arithmetic take as long as one; Rust threads run on every core the machine
//! has. Both sides time the same four `cpu_work(n)` tasks three ways (in a row, on threads, on a
//! pool) and print the same four results.
//!
//! Two corrections to the lecture's Rust code live here too. Its `cpu_work` returns `u64`, and
//! for the lecture's n = 10 000 000 the sum needs 69 bits: a debug build panics, a release build
//! silently returns a wrong number. And in release LLVM replaces that loop with a closed formula,
//! so timing it times nothing. The chapter's [`cpu_work`] fixes both.

use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::thread;

use rayon::prelude::*;

use textbook_report::{Report, rejected};

/// The lecture's task count: four calls of `cpu_work`.
pub const TASKS: usize = 4;
/// The lecture's n, at which its `u64` version overflows.
pub const LECTURE_SIZE: u64 = 10_000_000;
/// Small enough that a debug build finishes the section in about a second; `cargo xtask bench`
/// passes the lecture's n to a release build.
pub const DEFAULT_SIZE: u64 = 200_000;
/// Timed repetitions after one warm-up run; the median is reported. (The Python twin does 3:
/// its runs at the lecture's n take seconds, these take milliseconds.)
pub const REPETITIONS: usize = 5;

/// Defines the items and keeps their source text, so that `tests/gil.rs` can compile exactly this
/// code with rustc's release settings and see what an optimised build does with it.
macro_rules! with_source {
    ($source:ident, $($item:item)*) => {
        $($item)*
        /// The source text of the items next to it, as rustc reads them.
        pub const $source: &str = stringify!($($item)*);
    };
}

with_source! {
    CPU_WORK_LECTURE_SOURCE,
    /// The lecture's version, kept to show what is wrong with it: the sum of squares below
    /// 10 000 000 is 333 333 283 333 335 000 000, about 18 times `u64::MAX`. With overflow
    /// checks (debug builds, tests) it panics; without them (release) it wraps around silently.
    pub fn cpu_work_lecture(n: u64) -> u64 {
        (0..n).map(|i| i * i).sum()
    }
}

/// The sum of `i * i` for `i` in `0..n`, exact: a `u128` holds it for every n anyone can wait
/// for (about 10^13), and past that the checked addition panics instead of wrapping.
///
/// Without `black_box`, LLVM recognises the sum of squares and replaces the loop by the closed
/// formula (the lecture's version at n = 10 000 000 "runs" in about 90 ns in release). The
/// opaque value on every step makes the optimised build do the n multiplications and additions
/// that Python does, so the timings compare the same work.
pub fn cpu_work(n: u64) -> u128 {
    let mut total: u128 = 0;
    for i in 0..n {
        let i = u128::from(black_box(i));
        total = total
            .checked_add(i * i)
            .expect("cpu_work: the sum of squares exceeds u128");
    }
    total
}

/// n(n − 1)(2n − 1) / 6, the same sum without the loop: what the tests check `cpu_work` against
/// and what LLVM turns the unprotected loop into.
pub fn sum_of_squares_formula(n: u64) -> u128 {
    let n = u128::from(n);
    if n == 0 {
        return 0;
    }
    n * (n - 1) * (2 * n - 1) / 6
}

/// The first `i` whose square no longer fits the lecture's `u64` running total, if any: where a
/// debug build of [`cpu_work_lecture`] panics.
pub fn lecture_overflow_at(n: u64) -> Option<u64> {
    let mut total: u64 = 0;
    for i in 0..n {
        match total.checked_add(i * i) {
            Some(next) => total = next,
            None => return Some(i),
        }
    }
    None
}

/// The same `n` for each of the [`TASKS`] tasks.
pub fn tasks(n: u64) -> Vec<u64> {
    vec![n; TASKS]
}

/// One call after another, on this thread.
pub fn sequential(tasks: &[u64]) -> Vec<u128> {
    tasks.iter().map(|&n| cpu_work(n)).collect()
}

/// One OS thread per task; each returns its result through its `JoinHandle`.
pub fn with_threads(tasks: &[u64]) -> Vec<u128> {
    let handles: Vec<_> = tasks
        .iter()
        .map(|&n| thread::spawn(move || cpu_work(n)))
        .collect();
    handles
        .into_iter()
        .map(|handle| handle.join().expect("a cpu_work thread panicked"))
        .collect()
}

/// One thread per task, all pushing into one `Vec`: shared ownership (`Arc`) plus a lock
/// (`Mutex`) is what the compiler asks for before several threads may write to it. The threads
/// finish in any order, so each pushes its index with its result.
pub fn with_shared_vec(tasks: &[u64]) -> Vec<u128> {
    let results = Arc::new(Mutex::new(Vec::with_capacity(tasks.len())));
    let handles: Vec<_> = tasks
        .iter()
        .enumerate()
        .map(|(index, &n)| {
            let results = Arc::clone(&results);
            thread::spawn(move || {
                let value = cpu_work(n);
                results
                    .lock()
                    .expect("a thread panicked while holding the lock")
                    .push((index, value));
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("a cpu_work thread panicked");
    }
    let mut results = results
        .lock()
        .expect("a thread panicked while holding the lock")
        .clone();
    results.sort_unstable();
    results.into_iter().map(|(_, value)| value).collect()
}

/// Rayon's pool (one worker per core) shares the tasks out; results come back in task order.
pub fn with_rayon(tasks: &[u64]) -> Vec<u128> {
    tasks.par_iter().map(|&n| cpu_work(n)).collect()
}

/// The cores this process may use (the same count Python's `os.process_cpu_count()` gives).
pub fn cores() -> usize {
    thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` once to warm up, then [`REPETITIONS`] times; the last result and the median time.
pub fn median_seconds<T>(work: impl FnMut() -> T) -> (T, f64) {
    textbook_report::median_seconds(REPETITIONS, work)
}

/// The four results as both sides print them.
pub fn joined(results: &[u128]) -> String {
    results
        .iter()
        .map(u128::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The tour's entry point, with the default size.
pub fn demo(report: &Report) {
    run(report, DEFAULT_SIZE);
}

/// The section, with `n` for each of the four tasks.
pub fn run(report: &Report, n: u64) {
    if cfg!(debug_assertions) {
        report.say(
            "NOTE: a debug build: its timings mean little. For real figures: \
             cargo run --release -p chapter-01 --bin gil_threads -- 10000000",
        );
    }
    let cores = cores();
    report.say(format!(
        "{TASKS} tasks of cpu_work({n}) on a machine with {cores} cores:"
    ));
    report.result("cores", cores);

    let tasks = tasks(n);
    let (results, one_by_one) = median_seconds(|| sequential(&tasks));
    report.timed("sequential", joined(&results), one_by_one);
    let (results, threads) = median_seconds(|| with_threads(&tasks));
    report.timed("threads", joined(&results), threads);
    let (results, pool) = median_seconds(|| with_rayon(&tasks));
    report.timed("pool", joined(&results), pool);
    let bound = TASKS.min(cores) as f64;
    for (how, seconds) in [("threads", threads), ("rayon", pool)] {
        let speedup = one_by_one / seconds;
        report.say(format!(
            "    {how}: speedup {speedup:.2}× over one by one, efficiency {:.0}% \
             (the bound is {bound}×: min({TASKS} tasks, {cores} cores))",
            100.0 * speedup / bound
        ));
    }

    report.say("\nCollecting the results in one Vec shared by the threads, Arc<Mutex<Vec<_>>>:");
    report.result("shared_results", joined(&with_shared_vec(&tasks)));

    report.say("\nSharing it any other way does not compile (rustc's words, tests/ui/gil/):");
    report.contrast(
        "borrowed_list",
        rejected(include_str!("../tests/ui/gil/borrowed-vec-in-spawn.stderr")),
        "gil/send-sync",
    );
    report.contrast(
        "refcounted_object",
        rejected(include_str!("../tests/ui/gil/rc-moved-into-thread.stderr")),
        "gil/send-sync",
    );
    report.contrast(
        "append_without_lock",
        rejected(include_str!(
            "../tests/ui/gil/push-through-arc-without-lock.stderr"
        )),
        "gil/send-sync",
    );

    report.say("\nThe lecture's u64 cpu_work at the lecture's n:");
    let exact = sum_of_squares_formula(LECTURE_SIZE);
    let verdict = match lecture_overflow_at(LECTURE_SIZE) {
        Some(i) => format!(
            "cpu_work_lecture({LECTURE_SIZE}) overflows u64 at i = {i}: the sum is {exact}, \
             {:.1}× u64::MAX (debug build: panic; release: a wrong number)",
            exact as f64 / u64::MAX as f64
        ),
        None => format!("cpu_work_lecture({LECTURE_SIZE}) fits in u64: {exact}"),
    };
    report.extra("lecture_u64", verdict, "gil/rust-cpu-work-overflow", None);
}
