//! Section 1, no GIL: the lecture's shared counter. Four threads each add one a million times to
//! one `AtomicI64`; nothing is lost, and nothing else compiles (a plain `i64` cannot be shared
//! mutably). Whether four threads are *faster* than one is another matter: every `fetch_add` on
//! the one counter must own its cache line, so the cores take turns. Counting in a local variable
//! and adding once at the end is what runs in parallel. `cargo xtask bench 13 counter` times all
//! three; the tests only check the counts.

use std::hint::black_box;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

use textbook_report::Report;

/// The lecture's thread count.
pub const THREADS: usize = 4;
/// The lecture's increments per thread; `cargo xtask bench` passes it as the size.
pub const LECTURE_INCREMENTS: i64 = 1_000_000;
/// The demo's default: a debug build and the Python twin finish it in a fraction of a second.
pub const DEFAULT_INCREMENTS: i64 = 100_000;
/// Timed repetitions after one warm-up; the median is reported.
pub const REPETITIONS: usize = 5;

/// The lecture's program as a function: four threads, one shared atomic counter.
pub fn atomic_threads(increments: i64) -> i64 {
    let counter = Arc::new(AtomicI64::new(0));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..increments {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("a counting thread panicked");
    }
    counter.load(Ordering::Relaxed)
}

/// The same `THREADS * increments` atomic additions, on this thread alone: the baseline.
pub fn atomic_sequential(increments: i64) -> i64 {
    let counter = AtomicI64::new(0);
    for _ in 0..THREADS as i64 * increments {
        black_box(&counter).fetch_add(1, Ordering::Relaxed);
    }
    counter.load(Ordering::Relaxed)
}

/// One thread counting all `THREADS * increments` in a local variable, added once: the baseline
/// of [`local_then_add`], the same work without the threads.
pub fn local_sequential(increments: i64) -> i64 {
    let counter = AtomicI64::new(0);
    let mut local: i64 = 0;
    for _ in 0..THREADS as i64 * increments {
        local = black_box(local) + 1;
    }
    counter.fetch_add(local, Ordering::Relaxed);
    counter.load(Ordering::Relaxed)
}

/// Each thread counts in its own variable and adds its total once: no cache line is shared
/// while counting. `black_box` keeps the optimiser from replacing the loop by its result.
pub fn local_then_add(increments: i64) -> i64 {
    let counter = AtomicI64::new(0);
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                let mut local: i64 = 0;
                for _ in 0..increments {
                    local = black_box(local) + 1;
                }
                counter.fetch_add(local, Ordering::Relaxed);
            });
        }
    });
    counter.load(Ordering::Relaxed)
}

/// Two threads each do "read the counter, then write what they read plus one", and a barrier
/// makes both read before either writes: one increment is lost. Atomic loads and stores rule
/// out a data race, not this race condition; `fetch_add` is one indivisible step and loses none.
pub fn split_read_write_loses_an_update() -> i64 {
    let counter = AtomicI64::new(0);
    let both_have_read = Barrier::new(2);
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let seen = counter.load(Ordering::SeqCst);
                both_have_read.wait();
                counter.store(seen + 1, Ordering::SeqCst);
            });
        }
    });
    counter.load(Ordering::SeqCst)
}

/// Runs `work` once to warm up, then [`REPETITIONS`] times: the last result, the median time.
pub fn median_seconds(work: impl FnMut() -> i64) -> (i64, f64) {
    textbook_report::median_seconds(REPETITIONS, work)
}

pub fn demo(report: &Report) {
    run(report, DEFAULT_INCREMENTS);
}

pub fn run(report: &Report, increments: i64) {
    if cfg!(debug_assertions) {
        report.say(
            "NOTE: a debug build; for figures: cargo xtask bench 13 counter (release, 1 000 000 each)",
        );
    }
    report.say(format!(
        "{THREADS} threads x {increments} increments of one shared counter:"
    ));
    let (count, seconds) = median_seconds(|| atomic_sequential(increments));
    report.timed("sequential", count, seconds);
    let (count, seconds) = median_seconds(|| atomic_threads(increments));
    report.timed("threads", count, seconds);
    let (count, seconds) = median_seconds(|| local_sequential(increments));
    report.timed("sequential_local", count, seconds);
    let (count, seconds) = median_seconds(|| local_then_add(increments));
    report.timed("threads_local", count, seconds);
    report.say(
        "\nRead, then write what was read plus one, two threads forced to interleave \
         (a barrier between the read and the write):",
    );
    report.result("split_read_write", split_read_write_loses_an_update());
}
