//! Chapter 13, exercise `rc_to_arc`: a log shared the single-threaded way
//! (ledger: `exercise/rc-to-arc`). In Python any object can be handed to a thread:
//!
//! ```python
//! log = []
//! workers = [threading.Thread(target=log.append, args=(f"worker {i}",)) for i in range(3)]
//! ```
//!
//! Check your work with `cargo xtask exercise 13`; stuck? `cargo xtask exercise 13 --hint`.

use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

// TODO: make it compile: each of `workers` threads appends "worker <i>" to one shared log, and
// the log is returned sorted once every thread has finished.
fn collect_log(workers: usize) -> Vec<String> {
    let log = Rc::new(RefCell::new(Vec::new()));
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let log = Rc::clone(&log);
            thread::spawn(move || log.borrow_mut().push(format!("worker {i}")))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let mut lines = log.borrow().clone();
    lines.sort();
    lines
}

fn main() {
    println!("{:?}", collect_log(3));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_worker_writes_one_line() {
        assert_eq!(collect_log(3), ["worker 0", "worker 1", "worker 2"]);
    }

    #[test]
    fn no_worker_no_line() {
        assert!(collect_log(0).is_empty());
    }
}
