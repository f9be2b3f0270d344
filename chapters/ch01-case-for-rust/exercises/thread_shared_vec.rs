//! Chapter 1, exercise `thread_shared_vec`: a list shared with threads
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
//! The translation below does not compile. Check your work with `cargo xtask exercise 1`;
//! stuck? `cargo xtask exercise 1 --hint`.

use std::thread;

// TODO: make `append_from_threads` compile: one thread per item, each appending its item to one
// shared list, and the list returned once every thread has finished. The tests sort the result,
// so the order the threads ran in does not matter; every item must be there exactly once.
fn append_from_threads(items: &[i32]) -> Vec<i32> {
    let mut shared = Vec::new();
    let mut workers = Vec::new();
    for &item in items {
        workers.push(thread::spawn(|| shared.push(item)));
    }
    for worker in workers {
        worker.join().unwrap();
    }
    shared
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
