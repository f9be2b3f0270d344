//! Section 2: the lecture's `Arc<Mutex<Vec<_>>>` and the races around it. Ledger:
//! `sharing/arc-mutex-vec`, `sharing/guard-raii`, `sharing/python-check-then-append-races`,
//! `exercise/counter-needs-arc` (the threads that need no Arc).
mod deadline;

use chapter_13::sharing::{guard_unlocks_at_scope_end, push_each, safe_append};

#[test]
fn four_threads_push_each_index_exactly_once() {
    assert_eq!(push_each(4), vec![0, 1, 2, 3]);
}

#[test]
fn the_guard_unlocks_when_its_scope_ends() {
    assert_eq!(guard_unlocks_at_scope_end(), (false, true));
}

#[test]
fn check_then_append_with_two_locks_appends_twice() {
    let demo = env!("CARGO_BIN_EXE_shared_vec");
    assert_eq!(
        deadline::demo_result(demo, &[], "check_then_append"),
        "[7, 7]"
    );
}

#[test]
fn safe_append_under_one_lock_appends_once() {
    assert_eq!(safe_append(7), vec![7]);
}

/// The exercise's counter with the `Arc` left out, as scoped threads: they are joined before
/// the scope ends, so they may borrow the Mutex, and nothing is lost.
#[test]
fn scoped_threads_share_a_mutex_without_arc() {
    let counter = std::sync::Mutex::new(0u64);
    std::thread::scope(|scope| {
        for _ in 0..10 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    *counter.lock().unwrap() += 1;
                }
            });
        }
    });
    assert_eq!(counter.into_inner().unwrap(), 10_000);
}
