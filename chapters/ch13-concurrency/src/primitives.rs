//! Section 2 continued: the lecture's table of primitives, mutex poisoning and atomic ordering.
//! Each row is run on both sides with the same small scenario and the same printed result,
//! except where the two languages really differ (marked as contrasts).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, RwLock, TryLockError};
use std::thread;

use textbook_report::Report;

/// `try_lock` on a `Mutex` this very thread already holds: std's Mutex is not reentrant, and
/// a second `lock()` here would deadlock or panic (the docs leave which unspecified).
pub fn relock_same_thread() -> &'static str {
    let mutex = Mutex::new(0);
    let _held = mutex.lock().unwrap();
    match mutex.try_lock() {
        Ok(_) => "acquired",
        Err(TryLockError::WouldBlock) => "would block",
        Err(TryLockError::Poisoned(_)) => "poisoned",
    }
}

/// Two read guards at once, and whether a writer could get in meanwhile.
pub fn readers_then_writer() -> String {
    let lock = RwLock::new(vec![1, 2, 3]);
    let first = lock.read().unwrap();
    let second = lock.read().unwrap();
    let readers = first.len() + second.len();
    let writer_blocked = matches!(lock.try_write(), Err(TryLockError::WouldBlock));
    drop((first, second));
    let writer_after = lock.try_write().is_ok();
    format!(
        "two readers saw {readers} items; writer blocked: {writer_blocked}; after: {writer_after}"
    )
}

/// What Python's `threading.Event` is, built from a Condvar: a flag behind a Mutex, and a
/// condition variable to wait on until it is set. Returns what the waiter saw.
pub fn event_from_condvar() -> String {
    let event = Arc::new((Mutex::new(false), Condvar::new()));
    let waiter = {
        let event = Arc::clone(&event);
        thread::spawn(move || {
            let (flag, changed) = &*event;
            let guard = changed
                .wait_while(flag.lock().unwrap(), |set| !*set)
                .unwrap();
            *guard
        })
    };
    let (flag, changed) = &*event;
    *flag.lock().unwrap() = true;
    changed.notify_all();
    format!("waiter woke with the flag set: {}", waiter.join().unwrap())
}

/// Three producers send three numbers each into one channel; the one receiver collects them.
pub fn channel_collect() -> Vec<u32> {
    let (sender, receiver) = mpsc::channel();
    for producer in 0..3 {
        let sender = sender.clone();
        thread::spawn(move || {
            for k in 0..3 {
                sender.send(producer * 10 + k).unwrap();
            }
        });
    }
    // The loop below ends when every sender is gone: drop the original too.
    drop(sender);
    let mut received: Vec<u32> = receiver.iter().collect();
    received.sort_unstable();
    received
}

thread_local! {
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

/// Each of three threads bumps its own thread-local twice; the main thread's copy stays 0.
pub fn thread_local_counts() -> String {
    let seen: Vec<u32> = (0..3)
        .map(|_| {
            thread::spawn(|| {
                for _ in 0..2 {
                    CALLS.with(|calls| calls.set(calls.get() + 1));
                }
                CALLS.with(Cell::get)
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|handle| handle.join().unwrap())
        .collect();
    format!("threads saw {seen:?}; main sees {}", CALLS.with(Cell::get))
}

/// The lecture's poisoning example, in a function: a thread panics while it holds the lock, so
/// the next `lock()` is an `Err`, and `into_inner` still hands over the data, the thread's push
/// included.
pub fn poisoned_then_recovered() -> String {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let worker = {
        let data = Arc::clone(&data);
        thread::spawn(move || {
            let mut held = data.lock().expect("nothing has poisoned it yet");
            held.push(4);
            panic!("oops!");
        })
    };
    let joined = worker.join();
    match data.lock() {
        Ok(held) => format!("not poisoned: {held:?} (join ok: {})", joined.is_ok()),
        Err(poisoned) => format!("poisoned; recovered {:?}", poisoned.into_inner()),
    }
}

/// Release/Acquire message passing: the writer fills `data`, then sets `ready` with Release;
/// a reader that sees `ready` with Acquire is guaranteed to see the data.
pub fn release_acquire_handoff() -> u64 {
    let data = AtomicU64::new(0);
    let ready = AtomicBool::new(false);
    thread::scope(|scope| {
        let reader = scope.spawn(|| {
            while !ready.load(Ordering::Acquire) {
                std::hint::spin_loop();
            }
            data.load(Ordering::Relaxed)
        });
        data.store(42, Ordering::Relaxed);
        ready.store(true, Ordering::Release);
        reader.join().unwrap()
    })
}

pub fn demo(report: &Report) {
    report.say("A lock taken twice by the same thread (Rust: try_lock; Python: Lock.acquire(blocking=False)):");
    report.result("relock_same_thread", relock_same_thread());
    report.say("\nMany readers or one writer:");
    report.contrast("rwlock", readers_then_writer(), "primitives/rwlock");
    report.say("\nAn event: one thread waits until another sets a flag:");
    report.result("event", event_from_condvar());
    report.say("\nThree producers, one consumer:");
    report.result("channel", format!("{:?}", channel_collect()));
    report.say("\nThread-local storage:");
    report.result("thread_local", thread_local_counts());
    report.say("\nA thread panics (\"oops!\") while holding the lock:");
    // The panic is the scenario, not a failure: keep its message and backtrace off the screen.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = poisoned_then_recovered();
    std::panic::set_hook(default_hook);
    report.contrast("panic_holding_lock", outcome, "poisoning/lock-poisoned");
    report.say("\nRelease/Acquire: the reader that sees the flag sees the data:");
    report.result("release_acquire", release_acquire_handoff());
}
