//! Move semantics against reference counting. Integers, floats, bools and chars are `Copy`: an
//! assignment duplicates the bits and both variables stay usable. Every other type moves, heap or
//! not (tests/ui/moves/), and `clone()` makes a second value, with its own owner.

use std::cell::Cell;
use std::collections::HashSet;

use textbook_report::{Report, rejected};

/// `let y = x;` on an `i32`: both stay usable.
pub fn copy_an_integer() -> String {
    let x = 42;
    let y = x;
    format!("{x} {y}")
}

/// Whether `x` and `y` after `let y = x;` are one object (Python: `y is x`). Two `i32` variables
/// are two places in memory, always: the copy is independent.
pub fn copies_are_separate() -> bool {
    let x = 42;
    let y = x;
    !std::ptr::eq(&x, &y)
}

/// `clone()` of a String: a second buffer with the same text.
pub fn clone_a_string() -> (String, String) {
    let s1 = String::from("hello");
    let s2 = s1.clone();
    (s1, s2)
}

/// The clone owns a buffer of its own (Python never copies a str: it is immutable).
pub fn clone_has_its_own_buffer() -> bool {
    let (s1, s2) = clone_a_string();
    s1.as_ptr() != s2.as_ptr()
}

/// `clone()` of a `Vec<Vec<i32>>` clones every inner Vec too: changing the clone's first inner
/// list leaves the original alone. Python's `list(x)` would share the inner lists.
pub fn clone_nested_then_change_the_clone() -> Vec<Vec<i32>> {
    let original = vec![vec![1], vec![2]];
    let mut copy = original.clone();
    copy[0].push(9);
    original
}

/// The lecture's `remove_duplicates`: it borrows the slice, so it can read it and nothing more.
/// `HashSet::insert` returns `false` for a value already seen, which skips it.
pub fn remove_duplicates(items: &[i32]) -> Vec<i32> {
    let mut seen = HashSet::with_capacity(items.len());
    let mut unique = Vec::new();
    for &item in items {
        if seen.insert(item) {
            unique.push(item);
        }
    }
    unique
}

/// Where "`&` means unchanged" stops: through a shared borrow of `Cell`s a function can change
/// the caller's values. Interior mutability is opt-in and visible in the type, but it exists.
pub fn zero_the_first(items: &[Cell<i32>]) {
    if let Some(first) = items.first() {
        first.set(0);
    }
}

pub fn demo(report: &Report) {
    report.say("Integers are Copy: `let y = x;` duplicates the value, both stay usable.");
    report.result("copy_int", copy_an_integer());
    report.say("Two variables, two values (Python: one int object, two names):");
    report.contrast(
        "one_object",
        format!("same object: {}", !copies_are_separate()),
        "moves/python-immutables-shared",
    );

    report.say("\nA String moves: the old name is refused after `let s2 = s1;`");
    report.contrast(
        "print_s1_after_move",
        rejected(include_str!(
            "../tests/ui/moves/string-used-after-move.stderr"
        )),
        "moves/string-moves",
    );
    let (s1, s2) = clone_a_string();
    report.say("`clone()` gives the second variable a value of its own:");
    report.result("clone_string", format!("{s1} {s2}"));
    report.contrast(
        "clone_is_a_copy",
        format!("a new buffer: {}", clone_has_its_own_buffer()),
        "moves/clone-deep-copy",
    );

    report.say("\nCloning nested data, then changing the copy's first inner list:");
    report.contrast(
        "clone_nested_list",
        format!("original {:?}", clone_nested_then_change_the_clone()),
        "moves/clone-like-list-or-deepcopy",
    );
    report.result(
        "deepcopy_nested_list",
        format!("original {:?}", clone_nested_then_change_the_clone()),
    );

    report.say("\nremove_duplicates borrows its input and returns a new Vec:");
    let original = vec![1, 2, 2, 3, 3, 3];
    let unique = remove_duplicates(&original);
    report.result("unique", format!("{unique:?}"));
    report.result("original_after", format!("{original:?}"));
    report.say("A function that tries to change the input through `&` does not compile:");
    report.contrast(
        "mutate_through_borrow",
        rejected(include_str!(
            "../tests/ui/moves/change-through-a-shared-borrow.stderr"
        )),
        "moves/shared-borrow-cannot-modify",
    );
    report.say("...unless the type opts in to interior mutability (`Cell`):");
    let cells: Vec<Cell<i32>> = original.iter().copied().map(Cell::new).collect();
    zero_the_first(&cells);
    let after: Vec<i32> = cells.iter().map(Cell::get).collect();
    report.extra(
        "cell_through_borrow",
        format!("original {after:?}"),
        "moves/shared-borrow-cannot-modify",
        None,
    );
}
