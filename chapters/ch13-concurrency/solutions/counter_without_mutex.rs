//! Chapter 13, exercise `counter_without_mutex`: the counter with the lock forgotten
//! (ledger: `exercise/counter-needs-mutex`). Python runs `counter += 1` from threads without a
//! lock; Rust refuses to write through a shared `Arc`.
//!
//! Check your work with `cargo xtask exercise 13`; stuck? `cargo xtask exercise 13 --hint`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

fn count_with_threads(threads: usize, per_thread: u64) -> u64 {
    let counter = Arc::new(AtomicU64::new(0));
    let mut handles = vec![];
    for _ in 0..threads {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..per_thread {
                counter.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    counter.load(Ordering::Relaxed)
}

fn main() {
    println!("Final count: {}", count_with_threads(10, 1000));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_threads_reach_ten_thousand() {
        assert_eq!(count_with_threads(10, 1000), 10_000);
    }

    #[test]
    fn one_thread_counts_alone() {
        assert_eq!(count_with_threads(1, 7), 7);
    }
}
