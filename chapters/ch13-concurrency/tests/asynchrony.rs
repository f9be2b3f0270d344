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
