//! Chapter 13, exercise `counter_without_arc`: the lecture's thread-safe counter
//! (ledger: `exercise/counter-needs-arc`). Python shares `counter` and a `threading.Lock` by
//! name; in Rust every thread needs its own handle to the one lock.
//!
//! Check your work with `cargo xtask exercise 13`; stuck? `cargo xtask exercise 13 --hint`.

use std::sync::Mutex;
use std::thread;

// TODO: make it compile: `threads` threads each add 1 to the shared counter `per_thread` times,
// under the lock, and the total is returned once all have finished.
fn count_with_threads(threads: usize, per_thread: u64) -> u64 {
    let counter = Mutex::new(0);
    let mut workers = Vec::with_capacity(threads);
    for _ in 0..threads {
        workers.push(thread::spawn(move || {
            for _ in 0..per_thread {
                *counter.lock().unwrap() += 1;
            }
        }));
    }
    for worker in workers {
        worker.join().expect("a counting thread panicked");
    }
    *counter.lock().unwrap()
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
