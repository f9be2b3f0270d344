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

/// Set in the child that [`rayon_starts_one_worker_per_core`] runs: there it only reports.
const RAYON_PROBE: &str = "CH13_RAYON_PROBE";

/// Rayon's default pool size reads `RAYON_NUM_THREADS` first, so the check runs this very test
/// again as a child with the variable removed: whatever the caller's environment, it checks
/// the default, and fails (never skips) when the child reports no count.
#[test]
fn rayon_starts_one_worker_per_core() {
    if std::env::var_os(RAYON_PROBE).is_some() {
        println!("rayon workers: {}", rayon::current_num_threads());
        return;
    }
    let mut child = std::process::Command::new(std::env::current_exe().unwrap());
    child
        .args(["--exact", "rayon_starts_one_worker_per_core", "--nocapture"])
        .env(RAYON_PROBE, "1")
        .env_remove("RAYON_NUM_THREADS");
    let output = textbook_harness::run_with_timeout(child, std::time::Duration::from_secs(30));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    let workers: usize = stdout
        .lines()
        .find_map(|line| line.split_once("rayon workers: "))
        .and_then(|(_, rest)| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("the child reported no worker count:\n{stdout}"));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(workers, cores);
}

/// The table's "Result<T, E>" row: an async fn's error is its output, a value the caller gets
/// from `.await` (here, from a poll), not something thrown past it.
#[test]
fn an_async_fn_hands_its_error_back_as_a_value() {
    use std::future::Future;
    use std::task::{Context, Poll, Waker};

    async fn parse(text: &str) -> Result<i32, std::num::ParseIntError> {
        text.parse()
    }
    let mut cx = Context::from_waker(Waker::noop());
    let outcome = match std::pin::pin!(parse("two")).poll(&mut cx) {
        Poll::Ready(outcome) => outcome,
        Poll::Pending => panic!("parse never waits"),
    };
    assert_eq!(
        outcome.map_err(|e| e.to_string()),
        Err("invalid digit found in string".to_string())
    );
}
