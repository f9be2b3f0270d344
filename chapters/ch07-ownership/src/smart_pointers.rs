//! Smart pointers: when one owner is too few. `Box` is still one owner (the value on the heap);
//! `Rc` counts owners like CPython counts references, but collects no cycles (`Weak` breaks
//! them); `Arc` is the `Rc` that may cross threads; `RefCell` checks the borrowing rules at run
//! time and panics where the compiler would have refused. `Rc<RefCell<T>>` is Python's model.

use std::cell::RefCell;
use std::hint::black_box;
use std::panic;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::thread;

use textbook_report::{Report, rejected};

use crate::drops::{Events, Tracked};

/// The size of the timed kernel when none is given: calls per run.
pub const DEFAULT_SIZE: u64 = 200_000;
const REPETITIONS: usize = 5;

/// A recursive type: without the `Box`, a `List` would contain a `List` (E0072).
#[derive(Debug)]
pub enum List {
    Cons(i32, Box<List>),
    Nil,
}

pub fn list_of(values: &[i32]) -> List {
    values
        .iter()
        .rev()
        .fold(List::Nil, |tail, &v| List::Cons(v, Box::new(tail)))
}

/// The lecture's `Box::new(42)`, then moved to a second name: the value stays at its heap
/// address, because only the pointer moved. `42 (moved box, same address: true)`.
pub fn move_a_box() -> String {
    let boxed = Box::new(42);
    let address: *const i32 = &*boxed;
    let moved = boxed;
    format!(
        "{} (moved box, same address: {})",
        *moved,
        std::ptr::eq(address, &*moved)
    )
}

pub fn sum(list: &List) -> i32 {
    match list {
        List::Cons(v, tail) => v + sum(tail),
        List::Nil => 0,
    }
}

/// The lecture's three handles on one Vec: how many owners, and whether they share one Vec.
pub fn three_handles() -> (usize, bool) {
    let shared = Rc::new(vec![1, 2, 3]);
    let clone1 = Rc::clone(&shared);
    let clone2 = Rc::clone(&shared);
    let same = Rc::ptr_eq(&shared, &clone1) && Rc::ptr_eq(&clone1, &clone2);
    (Rc::strong_count(&shared), same)
}

/// The owner count as the handles go, and when the Vec is freed: `3 → 1 → freed`.
pub fn release_the_handles() -> String {
    let events = Events::new();
    let shared = Rc::new(Tracked::new("vec", vec![1, 2, 3], &events));
    let clone1 = Rc::clone(&shared);
    let clone2 = Rc::clone(&shared);
    let mut steps = vec![Rc::strong_count(&shared).to_string()];
    drop(clone1);
    drop(clone2);
    steps.push(Rc::strong_count(&shared).to_string());
    drop(shared);
    if events.saw("freed vec") {
        steps.push("freed".to_string());
    }
    steps.join(" → ")
}

/// How the second node of a pair points back at the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    Strong,
    Weak,
}

#[derive(Debug)]
enum BackRef {
    Strong(Rc<PairNode>),
    Weak(Weak<PairNode>),
}

/// A node that owns the next one and points back at the one before.
#[derive(Debug)]
pub struct PairNode {
    _tag: Tracked<&'static str>,
    next: RefCell<Option<Rc<PairNode>>>,
    back: RefCell<Option<BackRef>>,
}

impl PairNode {
    /// The node this one points back at, if it has one and it is still alive.
    pub fn back(&self) -> Option<Rc<PairNode>> {
        match self.back.borrow().as_ref()? {
            BackRef::Strong(node) => Some(Rc::clone(node)),
            BackRef::Weak(node) => node.upgrade(),
        }
    }

    /// The node this one owns, if any.
    pub fn next(&self) -> Option<Rc<PairNode>> {
        self.next.borrow().clone()
    }
}

/// Builds `a → b → a` (the back link strong or weak), lets both handles go, and returns weak
/// handles to see whether the nodes are still there.
pub fn pair_after_its_owners_go(back: Back, events: &Events) -> [Weak<PairNode>; 2] {
    let node = |name| {
        Rc::new(PairNode {
            _tag: Tracked::new(name, name, events),
            next: RefCell::new(None),
            back: RefCell::new(None),
        })
    };
    let (a, b) = (node("a"), node("b"));
    *b.back.borrow_mut() = Some(match back {
        Back::Strong => BackRef::Strong(Rc::clone(&a)),
        Back::Weak => BackRef::Weak(Rc::downgrade(&a)),
    });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    [Rc::downgrade(&a), Rc::downgrade(&b)]
}

/// `alive: a, b` or `freed: a, b`, from the drop log.
pub fn census(events: &Events) -> String {
    let freed: Vec<&str> = ["a", "b"]
        .into_iter()
        .filter(|n| events.saw(&format!("freed {n}")))
        .collect();
    let alive: Vec<&str> = ["a", "b"]
        .into_iter()
        .filter(|n| !freed.contains(n))
        .collect();
    format!(
        "alive: {} | freed: {}",
        if alive.is_empty() {
            "-".to_string()
        } else {
            alive.join(", ")
        },
        if freed.is_empty() {
            "-".to_string()
        } else {
            freed.join(", ")
        }
    )
}

/// Several threads read one Vec through their own `Arc`; each returns its sum.
pub fn sums_in_threads(threads: usize) -> Vec<i32> {
    let data = Arc::new(vec![1, 2, 3]);
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let data = Arc::clone(&data);
            thread::spawn(move || data.iter().sum::<i32>())
        })
        .collect();
    handles
        .into_iter()
        .map(|h| h.join().expect("a summing thread panicked"))
        .collect()
}

/// The lecture's `*cell.borrow_mut() = 99`.
pub fn set_through_refcell() -> i32 {
    let cell = RefCell::new(42);
    *cell.borrow_mut() = 99;
    cell.into_inner()
}

/// Two shared borrows of a RefCell at once are fine: only a mutable one must be alone.
pub fn two_readers_of_a_refcell() -> String {
    let cell = RefCell::new(42);
    let (r1, r2) = (cell.borrow(), cell.borrow());
    format!("{} {}", *r1, *r2)
}

/// Two mutable borrows alive together: the second one panics.
pub fn borrow_mut_twice(cell: &RefCell<i32>) {
    let mut first = cell.borrow_mut();
    let mut second = cell.borrow_mut();
    *first += 1;
    *second += 1;
}

/// The panic's message, caught, with the default hook's report kept off the screen.
pub fn panic_message_of(work: impl FnOnce() + panic::UnwindSafe) -> Option<String> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(work);
    panic::set_hook(hook);
    let payload = outcome.err()?;
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic without a message)".to_string());
    Some(text)
}

/// Python's model in Rust: two handles on one mutable Vec; a push through one is seen through
/// the other.
pub fn shared_and_mutable() -> String {
    let a = Rc::new(RefCell::new(vec![1, 2, 3]));
    let b = Rc::clone(&a);
    b.borrow_mut().push(4);
    let seen = format!("{:?}", a.borrow());
    seen
}

fn len_borrowed(v: &[i32]) -> usize {
    v.len()
}

fn len_rc(v: Rc<Vec<i32>>) -> usize {
    v.len()
}

fn len_arc(v: Arc<Vec<i32>>) -> usize {
    v.len()
}

/// `n` calls handing a function the list: by `Rc::clone` (one increment and one decrement per
/// call, as CPython does for every argument), by `Arc::clone` (the same, atomic) or by `&`
/// (nothing to count). `black_box` keeps the optimiser from removing the calls or the counts.
pub fn pass_by_rc(n: u64) -> usize {
    let list = Rc::new(vec![1, 2, 3]);
    (0..n)
        .map(|_| black_box(len_rc(black_box(Rc::clone(&list)))))
        .sum()
}

pub fn pass_by_arc(n: u64) -> usize {
    let list = Arc::new(vec![1, 2, 3]);
    (0..n)
        .map(|_| black_box(len_arc(black_box(Arc::clone(&list)))))
        .sum()
}

/// The lecture's "owned, moved" way: the Vec goes into the function and comes back out, each
/// call. A move copies the Vec's three words (pointer, capacity, length), nothing is counted.
pub fn pass_by_move(n: u64) -> usize {
    let mut list = vec![1, 2, 3];
    let mut total = 0;
    for _ in 0..n {
        let (len, back) = len_and_return(black_box(list));
        list = black_box(back);
        total += len;
    }
    total
}

fn len_and_return(v: Vec<i32>) -> (usize, Vec<i32>) {
    (v.len(), v)
}

pub fn pass_by_reference(n: u64) -> usize {
    let list = vec![1, 2, 3];
    (0..n)
        .map(|_| black_box(len_borrowed(black_box(&list))))
        .sum()
}

/// One warm-up, then the median of [`REPETITIONS`] runs.
fn median_seconds(work: impl FnMut() -> usize) -> (usize, f64) {
    textbook_report::median_seconds(REPETITIONS, work)
}

pub fn demo(report: &Report) {
    run(report, DEFAULT_SIZE);
}

pub fn run(report: &Report, size: u64) {
    report.say("Box: one owner, the value on the heap. A recursive type needs one:");
    report.result("boxed", move_a_box());
    report.result("recursive_list", sum(&list_of(&[1, 2, 3])));
    report.contrast(
        "list_without_box",
        rejected(include_str!(
            "../tests/ui/smart_pointers/recursive-type-without-a-box.stderr"
        )),
        "smart/box-uses",
    );

    report.say("\nRc: counted owners of one value, as CPython counts references.");
    let (owners, same) = three_handles();
    report.result("rc_owners", format!("{owners} owners of one list: {same}"));
    report.result("rc_release", release_the_handles());

    report.say("\nA cycle a → b → a, once both handles are gone:");
    let events = Events::new();
    let _handles = pair_after_its_owners_go(Back::Strong, &events);
    report.result("cycle_after_owners_go", census(&events));
    report.say("Python's cycle collector frees it when it runs; Rust has none: it leaks.");
    report.contrast("cycle_collected", census(&events), "smart/rc-cycles");
    report.say("A Weak back link keeps nobody alive: both go at once.");
    let events = Events::new();
    let _handles = pair_after_its_owners_go(Back::Weak, &events);
    report.result("weak_back_link", census(&events));

    report.say("\nArc: the Rc that may cross threads; Rc may not.");
    report.result("arc_sums", format!("{:?}", sums_in_threads(4)));
    report.contrast(
        "rc_to_thread",
        rejected(include_str!(
            "../tests/ui/smart_pointers/rc-sent-to-a-thread.stderr"
        )),
        "smart/rc-not-send",
    );

    report.say("\nRefCell: the borrowing rules, checked while the program runs.");
    report.result("refcell_set", set_through_refcell());
    report.result("refcell_two_readers", two_readers_of_a_refcell());
    let message = panic_message_of(|| borrow_mut_twice(&RefCell::new(42)))
        .map_or_else(|| "no panic".to_string(), |m| format!("panic: {m}"));
    report.contrast("refcell_two_writers", message, "smart/refcell-runtime");
    report.say("Rc<RefCell<T>>: shared and mutable, like every Python list:");
    report.result("rc_refcell_alias", shared_and_mutable());

    report.say(format!(
        "\nHanding a function the list {size} times (median of {REPETITIONS} runs{}):",
        if cfg!(debug_assertions) {
            "; a debug build, so only `cargo xtask bench 7` figures mean anything"
        } else {
            ""
        }
    ));
    let (total, seconds) = median_seconds(|| pass_by_rc(size));
    report.timed("pass_counted_handle", total, seconds);
    let (total, seconds) = median_seconds(|| pass_by_arc(size));
    report.extra("pass_arc", total, "smart/owned-is-cheaper", Some(seconds));
    let (total, seconds) = median_seconds(|| pass_by_reference(size));
    report.extra(
        "pass_reference",
        total,
        "smart/owned-is-cheaper",
        Some(seconds),
    );
    let (total, seconds) = median_seconds(|| pass_by_move(size));
    report.extra("pass_owned", total, "smart/owned-is-cheaper", Some(seconds));
}
