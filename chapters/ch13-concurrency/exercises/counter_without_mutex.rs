//! Chapter 13, exercise `counter_without_mutex`: the counter with the lock forgotten
//! (ledger: `exercise/counter-needs-mutex`). Python runs `counter += 1` from threads without a
//! lock; Rust refuses to write through a shared `Arc`.
//!
//! Check your work with `cargo xtask exercise 13`; stuck? `cargo xtask exercise 13 --hint`.

use std::sync::Arc;
use std::thread;

// TODO: make it compile without a Mutex: `threads` threads each add 1 to one shared counter
// `per_thread` times; no increment may be lost.
fn count_with_threads(threads: usize, per_thread: u64) -> u64 {
    let counter = Arc::new(0u64);
    let mut handles = vec![];
    for _ in 0..threads {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..per_thread {
                *counter += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    *counter
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
