//! Section 3 and the exercise: what the type system does and does not promise about threads.
//! Ledger: `gil/send-sync` (the other safe ways to share), `exercise/thread-shared-vec` (a data
//! race is refused; a race condition is not).
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Barrier, Mutex, mpsc};
use std::thread;

#[test]
fn scoped_threads_share_a_borrowed_vec_without_arc_or_mutex() {
    // thread::scope joins its threads before it returns, so they may borrow a local: the E0373
    // of thread::spawn does not apply, and reading needs no lock.
    let numbers: Vec<u64> = (1..=100).collect();
    let halves = thread::scope(|s| {
        let (low, high) = numbers.split_at(50);
        let low = s.spawn(move || low.iter().sum::<u64>());
        let high = s.spawn(move || high.iter().sum::<u64>());
        (low.join().unwrap(), high.join().unwrap())
    });
    assert_eq!(halves, (1275, 3775));
    assert_eq!(numbers.len(), 100, "the Vec is still the caller's");
}

#[test]
fn an_atomic_counter_is_shared_without_a_mutex() {
    let hits = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..1_000 {
                    hits.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    assert_eq!(hits.into_inner(), 4_000);
}

#[test]
fn a_channel_moves_each_result_to_one_receiver() {
    let (sender, receiver) = mpsc::channel();
    for task in 0..4_u64 {
        let sender = sender.clone();
        thread::spawn(move || sender.send(task * task).unwrap());
    }
    drop(sender);
    let mut results: Vec<u64> = receiver.iter().collect();
    results.sort_unstable();
    assert_eq!(results, [0, 1, 4, 9]);
}

/// Two threads each check that the list is empty and then push, taking the lock twice: every
/// access is locked (no data race, it compiles), yet both see it empty and both push. The
/// barrier forces the unlucky interleaving, so the outcome is the same on every run.
#[test]
fn a_check_then_act_race_condition_compiles_with_every_access_locked() {
    let list = Mutex::new(Vec::new());
    let both_checked = Barrier::new(2);
    thread::scope(|s| {
        for id in [1, 2] {
            let (list, both_checked) = (&list, &both_checked);
            s.spawn(move || {
                let empty = list.lock().unwrap().is_empty();
                both_checked.wait();
                if empty {
                    list.lock().unwrap().push(id);
                }
            });
        }
    });
    let mut list = list.into_inner().unwrap();
    list.sort_unstable();
    assert_eq!(list, [1, 2], "meant to hold at most one item");
}

/// A third fix of the exercise, with neither `Arc` nor `Mutex`: the list moves into the thread,
/// which owns it alone while it pushes, and comes back as the thread's result.
#[test]
fn a_list_moved_into_a_thread_comes_back_from_join() {
    let list = vec![1, 2, 3];
    let worker = thread::spawn(move || {
        let mut list = list;
        list.push(4);
        list
    });
    assert_eq!(worker.join().unwrap(), [1, 2, 3, 4]);
}
