//! Chapter 13, exercise `rc_to_arc`: a log shared the single-threaded way
//! (ledger: `exercise/rc-to-arc`).
//!
//! Solution: `Rc`'s count is not atomic (not Send) and `RefCell`'s borrow flag is not either
//! (not Sync): their thread-safe counterparts are `Arc` and `Mutex`.

use std::sync::{Arc, Mutex};
use std::thread;

fn collect_log(workers: usize) -> Vec<String> {
    let log = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let log = Arc::clone(&log);
            thread::spawn(move || log.lock().unwrap().push(format!("worker {i}")))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let mut lines = log.lock().unwrap().clone();
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
