//! Section 3: futures and Rayon. Ledger: `async/futures-lazy-drop-cancels`,
//! `rayon/par-iter-one-line`.
use chapter_13::asynchrony::{dropped_after_one_poll, lazy_until_polled, sequential_and_parallel};

#[test]
fn a_future_runs_nothing_until_polled() {
    assert_eq!(
        lazy_until_polled(),
        "steps logged before the first poll: 0; after it: [started]"
    );
}

#[test]
fn a_dropped_future_never_runs_past_its_await_but_drops_its_locals() {
    assert_eq!(dropped_after_one_poll(), "started, cleanup");
}

#[test]
fn par_iter_gives_the_sequential_results_in_order() {
    let items: Vec<u64> = (0..500).collect();
    let (sequential, parallel) = sequential_and_parallel(&items);
    assert_eq!(parallel, sequential);
    assert_eq!(sequential.len(), 500);
}

#[test]
fn par_iter_borrows_local_state_that_could_not_be_pickled() {
    use rayon::prelude::*;
    use std::sync::Mutex;

    let weights = [1u64, 10, 100];
    let seen = Mutex::new(Vec::new());
    let total: u64 = (0..30u64)
        .into_par_iter()
        .map(|i| {
            seen.lock().unwrap().push(i);
            i * weights[(i % 3) as usize]
        })
        .sum();
    let expected: u64 = (0..30u64).map(|i| i * weights[(i % 3) as usize]).sum();
    assert_eq!(total, expected);
    assert_eq!(seen.into_inner().unwrap().len(), 30);
}

#[test]
fn rayon_starts_one_worker_per_core() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        assert_eq!(rayon::current_num_threads(), cores);
    }
}
