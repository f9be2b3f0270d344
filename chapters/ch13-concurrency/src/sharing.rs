//! Section 2, thread safety. The lecture's `Arc<Mutex<Vec<_>>>` program, the lock's guard that
//! unlocks when it is dropped, and the race the compiler does *not* prevent: "check, then act"
//! with the lock taken twice. Every wrong way to share the Vec is a ui test (tests/ui/sharing/).

use std::sync::{Arc, Barrier, Mutex, TryLockError};
use std::thread;

use textbook_report::{Report, rejected};

/// The lecture's program: four threads push their index into one locked Vec. The order depends
/// on the scheduler, so the result is returned sorted.
pub fn push_each(threads: i32) -> Vec<i32> {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || {
                let mut data = shared.lock().unwrap();
                data.push(i);
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let mut data = shared.lock().unwrap().clone();
    data.sort_unstable();
    data
}

/// Whether the mutex is free to lock, asked without blocking.
pub fn is_free<T>(mutex: &Mutex<T>) -> bool {
    match mutex.try_lock() {
        Ok(_) => true,
        Err(TryLockError::WouldBlock) => false,
        Err(TryLockError::Poisoned(_)) => true,
    }
}

/// What `try_lock` says while a guard is alive, and after it is dropped at the end of its scope.
pub fn guard_unlocks_at_scope_end() -> (bool, bool) {
    let mutex = Mutex::new(Vec::<i32>::new());
    let while_held = {
        let mut data = mutex.lock().unwrap();
        data.push(1);
        is_free(&mutex)
    };
    (while_held, is_free(&mutex))
}

/// The lecture's commented-out race, kept in Rust: each thread locks to check that `item` is
/// missing, unlocks, and locks again to append it. A barrier between the two makes both threads
/// check before either appends, so the item is appended twice. It compiles: a race condition is
/// a logic error, not a data race.
pub fn check_then_append(item: i32) -> Vec<i32> {
    let shared = Mutex::new(Vec::new());
    let both_checked = Barrier::new(2);
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let missing = !shared.lock().unwrap().contains(&item);
                both_checked.wait();
                if missing {
                    shared.lock().unwrap().push(item);
                }
            });
        }
    });
    shared.into_inner().unwrap()
}

/// The lecture's `safe_append`: the check and the append under one lock.
pub fn safe_append(item: i32) -> Vec<i32> {
    let shared = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let mut data = shared.lock().unwrap();
                if !data.contains(&item) {
                    data.push(item);
                }
            });
        }
    });
    shared.into_inner().unwrap()
}

pub fn demo(report: &Report) {
    report.say("Four threads push their index into an Arc<Mutex<Vec<i32>>> (sorted after):");
    report.result("push_each", format!("{:?}", push_each(4)));
    let (while_held, after) = guard_unlocks_at_scope_end();
    report.say("\nThe guard unlocks when it goes out of scope (try_lock while held, then after):");
    report.result("free_while_held", while_held);
    report.result("free_after_scope", after);
    report.say("\nCheck, then append, with the lock taken twice and both threads checking first:");
    report.result("check_then_append", format!("{:?}", check_then_append(7)));
    report.result("safe_append", format!("{:?}", safe_append(7)));
    report.say("\nThe lecture's `let shared = vec![]; thread::spawn(move || shared.push(1));`:");
    report.contrast(
        "vec_into_thread",
        rejected(include_str!(
            "../tests/ui/sharing/push-to-a-vec-not-declared-mut.stderr"
        )),
        "sharing/vec-not-send",
    );
    report.say("\nPushing without taking the lock:");
    report.contrast(
        "push_without_lock",
        rejected(include_str!("../tests/ui/sharing/push-without-lock.stderr")),
        "sharing/lock-required",
    );
    report.say("\nSend and Sync (rustc's words):");
    report.contrast(
        "rc_into_thread",
        rejected(include_str!(
            "../tests/ui/send_sync/rc-counter-into-thread.stderr"
        )),
        "send-sync/rc-not-send",
    );
    report.contrast(
        "cell_shared_by_threads",
        rejected(include_str!(
            "../tests/ui/send_sync/cell-shared-by-scoped-threads.stderr"
        )),
        "send-sync/cell-not-sync",
    );
}
