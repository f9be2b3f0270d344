//! Variables and mutability: bindings are immutable unless `mut`, keep their type even when they
//! are `mut` (tests/ui/variables/), `const` is a compile-time constant with no place to assign to,
//! and `let` again makes a new variable that hides the old one without ending its life.

use std::cell::{Cell, RefCell};

use textbook_report::{Report, rejected};

use crate::type_of;

/// The lecture's constant, with the type a `const` must state.
pub const MAX_SIZE: usize = 1024;

/// The lecture's first Rust block, compiled: an immutable `count` (its value and inferred type),
/// then a `mut` one that shadows it, read before and after `count = 5`. The first `count` is
/// only formatted and named, never passed where a type is expected, so nothing but the default
/// for integer literals decides its type.
pub fn declarations() -> (String, &'static str, [i32; 2]) {
    let count = 0;
    let (first, inferred) = (format!("{count}"), type_of(&count));
    let mut count = 0;
    let before = count;
    count = 5;
    (first, inferred, [before, count])
}

/// The shadowing chain: `"42"` → 42 → 84, with the type of each step.
pub fn shadowed_input() -> (i32, [&'static str; 3]) {
    let input = "42";
    let first = type_of(&input);
    let input = input.parse::<i32>().unwrap();
    let second = type_of(&input);
    let input = input * 2;
    (input, [first, second, type_of(&input)])
}

/// Logs its own drop, so a test can see when a shadowed value really ends.
#[derive(Debug)]
pub struct Tracked<'log> {
    name: &'static str,
    log: &'log RefCell<Vec<String>>,
}

impl<'log> Tracked<'log> {
    pub fn new(name: &'static str, log: &'log RefCell<Vec<String>>) -> Self {
        Tracked { name, log }
    }
}

impl Drop for Tracked<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("drop {}", self.name));
    }
}

/// Shadows a value and records the order of events: the first value is not dropped when its
/// name is reused, only at the end of the scope, after the value that hid it.
pub fn shadowing_timeline() -> Vec<String> {
    let log = RefCell::new(Vec::new());
    {
        let value = Tracked::new("first", &log);
        let _ = &value;
        log.borrow_mut().push("shadow".to_string());
        let value = Tracked::new("second", &log);
        log.borrow_mut().push("end of scope".to_string());
        let _ = &value;
    }
    log.into_inner()
}

/// A reference taken before the shadowing still reads the old value: it is hidden, not gone.
pub fn reference_outlives_shadowing() -> String {
    let input = String::from("42");
    let view = &input;
    let input: i32 = input.parse().unwrap();
    format!("old {view:?} still readable next to new {input}")
}

/// Shadowing inside a block ends with the block: the outer binding is visible again.
pub fn block_shadowing() -> (i32, i32) {
    let x = 5;
    #[allow(clippy::let_and_return)] // the inner `let` is the shadowing being shown
    let inner = {
        let x = x * 2;
        x
    };
    (inner, x)
}

/// The lecture's counter.
#[derive(Debug, Default)]
pub struct Counter {
    value: i64,
}

impl Counter {
    pub fn new() -> Self {
        Counter { value: 0 }
    }

    /// `&mut self`: the signature says this method changes the counter.
    pub fn increment(&mut self) {
        self.value += 1;
    }

    /// `&self`: this one only reads (tests/ui/variables/modify-through-shared-self.rs).
    pub fn get_value(&self) -> i64 {
        self.value
    }
}

/// The same counter with its value in a `Cell`: interior mutability lets a `&self` method change
/// it, so `&self` promises "no exclusive access needed", not "nothing changes".
#[derive(Debug, Default)]
pub struct CellCounter {
    value: Cell<i64>,
}

impl CellCounter {
    pub fn increment(&self) {
        self.value.set(self.value.get() + 1);
    }

    pub fn get_value(&self) -> i64 {
        self.value.get()
    }
}

pub fn counter_after_one_increment() -> i64 {
    let mut c = Counter::new();
    c.increment();
    c.get_value()
}

pub fn demo(report: &Report) {
    report.say("A name can be rebound, but a binding is immutable unless declared `mut`:");
    let (first, inferred, [before, after]) = declarations();
    report.result(
        "count_declarations",
        format!("immutable {first}; mutable {before}, then {after}"),
    );
    report.contrast("count_inferred_type", inferred, "variables/inferred-i32");
    report.contrast(
        "assign_twice",
        rejected(include_str!(
            "../tests/ui/variables/assign-twice-to-immutable.stderr"
        )),
        "variables/immutable-by-default",
    );
    report.contrast(
        "change_type",
        rejected(include_str!(
            "../tests/ui/variables/assign-str-to-integer.stderr"
        )),
        "variables/type-is-fixed",
    );
    report.contrast(
        "reassign_constant",
        rejected(include_str!("../tests/ui/variables/assign-to-const.stderr")),
        "variables/const-enforced",
    );

    report.say("\nShadowing: each `let` is a new variable, possibly of another type:");
    let (input, types) = shadowed_input();
    report.contrast(
        "shadowed_input",
        format!("{input} (types {})", types.join(" → ")),
        "variables/shadowing-chain",
    );
    report.extra(
        "python_lines_in_rust",
        rejected(include_str!(
            "../tests/ui/variables/python-comment-line-in-rust-code.stderr"
        )),
        "variables/mental-shift-block",
        None,
    );
    report.contrast(
        "shadowed_value_lives",
        shadowing_timeline().join(", "),
        "variables/shadowed-value-lives",
    );
    report.result("old_value_by_reference", reference_outlives_shadowing());
    let (inner, outer) = block_shadowing();
    report.contrast(
        "block_scope",
        format!("inside {inner}, after the block {outer}"),
        "variables/block-scope",
    );

    report.say("\nThe counter: the signature says which methods change it:");
    report.result("counter", counter_after_one_increment());
    report.contrast(
        "getter_that_writes",
        rejected(include_str!(
            "../tests/ui/variables/modify-through-shared-self.stderr"
        )),
        "variables/self-signatures",
    );
    let cell = CellCounter::default();
    cell.increment();
    report.extra(
        "shared_self_that_writes",
        format!("a Cell lets `&self` change it: {}", cell.get_value()),
        "variables/self-signatures",
        None,
    );
}
