//! Variables, mutability and ownership: `let`, `mut`, `const`, `static`, `&`, `&mut` and moves.
//! The compile errors are rustc's own, recorded beside the ui tests and the exercise templates.

use std::thread;

use textbook_report::{Report, rejected};

/// A compile-time constant: a value with a type, written into every place that uses it.
pub const MAX_SIZE: usize = 1024;

/// One place in memory for the whole run of the program, immutable like any `let`.
pub static VERSION: &str = "1.0";

/// The lecture's `let` and `mut`: the counter changes because it says `mut`.
pub fn count_up(times: u32) -> u32 {
    let mut count = 0;
    for _ in 0..times {
        count += 1;
    }
    count
}

/// The lecture's `print_name`: it borrows the text (`&str`) and gives back the line it would
/// print, so the demo and the tests can look at it. The caller keeps its `String`.
pub fn print_name(name: &str) -> String {
    format!("name: {name} ({} bytes)", name.len())
}

/// The lecture's `append`: a mutable borrow lets the function change the caller's list.
pub fn append(list: &mut Vec<i32>) {
    list.push(4);
}

/// Copy types (integers, floats, `bool`, `char`, shared references) are copied by `let b = a;`,
/// not moved: both names stay usable.
pub fn copy_not_move() -> (i32, i32) {
    let a = 5;
    let b = a;
    (a, b)
}

/// The keyword `move` is for closures: the closure takes ownership of what it uses, which a
/// thread needs because it may outlive the function that spawned it.
pub fn length_in_a_thread(text: String) -> usize {
    let worker = thread::spawn(move || text.len());
    worker.join().unwrap_or(0)
}

/// A moved value is not lost, only handed on: the new owner is the one that can use it.
#[allow(clippy::let_and_return)] // the move is the point: `s1` hands the String to `s2`
pub fn hand_over() -> String {
    let s1 = String::from("hello");
    let s2 = s1;
    s2
}

pub fn demo(report: &Report) {
    report.say("A `let` binding cannot be assigned twice unless it says `mut`:");
    report.contrast(
        "let_assign_twice",
        rejected(include_str!("../exercises/first_program.stderr")),
        "bindings/let-immutable",
    );
    report.result("mut_count", count_up(1));

    report.say("\n`const` and `static` are enforced, not a naming convention:");
    report.result("const_value", MAX_SIZE);
    report.contrast(
        "const_assign",
        rejected(include_str!("../tests/ui/bindings/assign-to-const.stderr")),
        "bindings/const-enforced",
    );
    report.result("static_value", VERSION);
    report.contrast(
        "static_assign",
        rejected(include_str!("../tests/ui/bindings/assign-to-static.stderr")),
        "bindings/static-global",
    );

    report.say("\nBorrowing: `&` to read, `&mut` to change, and the signature says which:");
    let name = String::from("Alice");
    report.result("borrow", print_name(&name));
    let mut list = vec![1, 2, 3];
    append(&mut list);
    report.result("mutable_borrow", format!("{list:?}"));
    report.contrast(
        "change_through_shared",
        rejected(include_str!(
            "../tests/ui/bindings/push-through-shared-borrow.stderr"
        )),
        "bindings/mut-borrow",
    );

    report.say("\nMoves: assignment hands a String on; copies and the `move` keyword:");
    report.contrast(
        "use_after_move",
        rejected(include_str!("../tests/ui/bindings/use-after-move.stderr")),
        "bindings/move",
    );
    report.result("new_owner", hand_over());
    let (a, b) = copy_not_move();
    report.result("copy_integers", format!("{a} {b}"));
    report.result("move_closure", length_in_a_thread(String::from("hello")));
}
