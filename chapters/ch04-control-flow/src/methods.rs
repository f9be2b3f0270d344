//! Methods: the receiver says what a method may do with its object. No receiver: an associated
//! function (`MyStruct::new()`); `&self`: read it; `&mut self`: change it (the caller's binding
//! must be `mut`); `self`: take it, after which the caller's binding is gone (tests/ui/methods/).

use std::cell::Cell;

use textbook_report::{Report, rejected};

/// The lecture's `MyStruct`, with a body for each of its four kinds of method.
#[derive(Debug, PartialEq, Eq)]
pub struct MyStruct {
    count: u32,
}

impl MyStruct {
    /// No receiver: called on the type, `MyStruct::new()`.
    pub fn new() -> Self {
        MyStruct { count: 0 }
    }

    /// `&self`: a shared borrow, enough to read.
    pub fn read_only(&self) -> u32 {
        self.count
    }

    /// `&mut self`: an exclusive borrow, needed to change a field.
    pub fn modify(&mut self) {
        self.count += 1;
    }

    /// `self`: the method takes the value; the caller cannot use it afterwards.
    pub fn consume(self) -> String {
        format!("consumed at {}", self.count)
    }
}

impl Default for MyStruct {
    fn default() -> Self {
        MyStruct::new()
    }
}

/// A `Copy` type: `self` is copied, not moved, so the caller keeps its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub count: u32,
}

impl Tally {
    pub fn consume(self) -> u32 {
        self.count
    }
}

/// Interior mutability: a `&self` method that changes something, through a `Cell`.
#[derive(Debug, Default)]
pub struct ReadCounter {
    reads: Cell<u32>,
}

impl ReadCounter {
    pub fn read_only(&self) -> u32 {
        self.reads.set(self.reads.get() + 1);
        self.reads.get()
    }
}

pub fn demo(report: &Report) {
    report.say("\nMethods: new, &self, &mut self, self:");
    let mut thing = MyStruct::new();
    report.result("new().read_only()", thing.read_only());
    thing.modify();
    thing.modify();
    report.result("after modify() twice", thing.read_only());
    report.result("consume()", thing.consume());

    report.say("\nWhat each misuse costs (rustc's words; Python runs all three):");
    report.contrast(
        "assign in read_only",
        rejected(include_str!("../exercises/counter_methods.stderr")),
        "methods/ref-self-read-only",
    );
    report.contrast(
        "modify on a non-mut",
        rejected(include_str!(
            "../tests/ui/methods/modify-through-an-immutable-binding.stderr"
        )),
        "methods/mut-self",
    );
    report.contrast(
        "use after consume",
        rejected(include_str!("../tests/ui/methods/use-after-consume.stderr")),
        "methods/self-moves",
    );

    report
        .say("\nTwo qualifications: Copy types are copied by `self`; a Cell lets `&self` change:");
    let tally = Tally { count: 3 };
    let consumed = tally.consume();
    report.extra(
        "Copy: consume, then use",
        format!(
            "consume() gave {consumed}, and tally.count is still {}",
            tally.count
        ),
        "methods/self-moves",
        None,
    );
    let counter = ReadCounter::default();
    counter.read_only();
    report.extra(
        "Cell: reads by &self",
        format!("read_only() twice counted {} reads", counter.read_only()),
        "methods/ref-self-read-only",
        None,
    );
}
