//! Section 3, async/await and Rayon. The workspace has no async runtime (tokio is not one of its
//! dependencies, and the lecture's fetches need the network), so this shows with the standard
//! library alone what the lecture's table says of Rust futures: nothing runs until the future is
//! polled, and dropping it cancels it (its locals are dropped, the rest never runs). Then Rayon:
//! `.iter()` to `.par_iter()`, same results in the same order.

use std::cell::RefCell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use rayon::prelude::*;
use textbook_report::Report;

/// A future that is pending the first time it is polled and ready the second: one `.await` on
/// it is a point where the task gives control back, like Python's `await asyncio.sleep(0)`.
#[derive(Debug, Default)]
pub struct YieldOnce {
    yielded: bool,
}

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Runs its drop-time note on the way out, as Python's `finally:` does.
struct Cleanup<'a>(&'a RefCell<Vec<&'static str>>);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        self.0.borrow_mut().push("cleanup");
    }
}

/// A task that logs, gives control back once, and logs again.
async fn task(log: &RefCell<Vec<&'static str>>) {
    let _cleanup = Cleanup(log);
    log.borrow_mut().push("started");
    YieldOnce::default().await;
    log.borrow_mut().push("finished");
}

/// Creating the future runs none of its body; one poll runs it to its first `.await`.
pub fn lazy_until_polled() -> String {
    let log = RefCell::new(Vec::new());
    let mut future = pin!(task(&log));
    let before = log.borrow().len();
    let mut cx = Context::from_waker(Waker::noop());
    assert!(
        future.as_mut().poll(&mut cx).is_pending(),
        "the task stops at its await"
    );
    format!(
        "steps logged before the first poll: {before}; after it: [{}]",
        log.borrow().join(", ")
    )
}

/// Polled once, then dropped: the code after the `.await` never runs, its locals are dropped.
pub fn dropped_after_one_poll() -> String {
    let log = RefCell::new(Vec::new());
    {
        let mut future = Box::pin(task(&log));
        let mut cx = Context::from_waker(Waker::noop());
        let _ = future.as_mut().poll(&mut cx);
    }
    log.borrow().join(", ")
}

/// A stand-in for the lecture's `heavy_computation`: enough arithmetic to be worth a thread.
pub fn heavy_computation(item: &u64) -> u64 {
    (0..1_000u64).fold(*item, |acc, k| {
        acc.wrapping_mul(31).wrapping_add(k) % 1_000_003
    })
}

/// The lecture's two lines: the sequential `map` and the parallel one.
pub fn sequential_and_parallel(items: &[u64]) -> (Vec<u64>, Vec<u64>) {
    let sequential: Vec<_> = items.iter().map(heavy_computation).collect();
    let parallel: Vec<_> = items.par_iter().map(heavy_computation).collect();
    (sequential, parallel)
}

pub fn demo(report: &Report) {
    report.say("A task (log, await once, log) created but not yet run, then run one step:");
    report.result("lazy_until_polled", lazy_until_polled());
    report.say(
        "\nThe same task run one step, then cancelled (Rust: dropped; Python: task.cancel()):",
    );
    report.result("cancelled", dropped_after_one_poll());
    let items: Vec<u64> = (0..64).collect();
    let (sequential, parallel) = sequential_and_parallel(&items);
    report.say("\n.iter() against .par_iter() (Python: a loop against Pool.map), 64 items:");
    report.result("sequential_sum", sequential.iter().sum::<u64>());
    report.result("parallel_same_order", sequential == parallel);
}
