//! Chapter 1, solution of exercise `thread_shared_vec`: a list shared with threads
//! (ledger: `exercise/thread-shared-vec`).
//!
//! Python threads append to one list freely (the GIL makes each `append` atomic):
//!
//! ```python
//! import threading
//!
//! shared = []
//! workers = [threading.Thread(target=shared.append, args=(i,)) for i in range(4)]
//! for w in workers:
//!     w.start()
//! for w in workers:
//!     w.join()
//! print(sorted(shared))  # [0, 1, 2, 3]
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/thread_shared_vec.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution thread_shared_vec` shows this file.

use std::sync::{Arc, Mutex};
use std::thread;

// Solved. A spawned thread may outlive the function, so its closure may not borrow `shared`
// (E0373); and several threads may not hold `&mut shared` at once (E0499). `Arc` gives every
// thread an owning handle to the one list, and `Mutex` lets one thread at a time push: the lock
// is the GIL's job in Python, made explicit and limited to this list.
fn append_from_threads(items: &[i32]) -> Vec<i32> {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = items
        .iter()
        .map(|&item| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.lock().unwrap().push(item))
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    // Every thread has been joined, so every other handle to the list has been dropped.
    Arc::try_unwrap(shared)
        .expect("no thread holds the list any more")
        .into_inner()
        .unwrap()
}

fn main() {
    let mut list = append_from_threads(&[0, 1, 2, 3]);
    list.sort();
    println!("{list:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut list: Vec<i32>) -> Vec<i32> {
        list.sort();
        list
    }

    #[test]
    fn one_thread_appends_one_item() {
        assert_eq!(append_from_threads(&[1]), [1]);
    }

    #[test]
    fn every_thread_appends_its_item_exactly_once() {
        let items: Vec<i32> = (0..16).collect();
        assert_eq!(sorted(append_from_threads(&items)), items);
    }

    #[test]
    fn no_items_means_an_empty_list() {
        assert_eq!(append_from_threads(&[]), Vec::<i32>::new());
    }
}
