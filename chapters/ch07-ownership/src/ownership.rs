//! Understanding ownership. Python's `b = a` gives one list a second name, and a change through
//! either name is seen through both. Rust's `let b = a;` moves the `Vec`: `b` is its only owner,
//! `a` may not be read again (tests/ui/ownership/), and the `Vec` is freed the moment `b` goes.

use textbook_report::{Report, rejected};

use crate::drops::{Events, Tracked};

/// The lecture's first Rust block: the `Vec` moves from `a` to `b`, and `b` prints it.
pub fn move_then_print_b() -> String {
    let a = vec![1, 2, 3];
    let b = a;
    format!("{b:?}")
}

/// What happens to the lecture's list as its names go, in the order it happens. The move takes
/// the place of Python's first `del`: after it `a` names nothing, and the list lives on in `b`.
pub fn lifetime_of_the_list(events: &Events) {
    let a = Tracked::new("the list", vec![1, 2, 3], events);
    let b = a;
    events.note("a moved to b");
    events.note(format!("b still holds {:?}", b.value));
    drop(b);
    events.note("after drop(b)");
}

/// The line both languages print about that story: alive after the first name went, freed when
/// the last one did, and nothing in between.
pub fn freed_when_the_last_owner_goes() -> String {
    let events = Events::new();
    lifetime_of_the_list(&events);
    let log = events.all();
    let at = |event: &str| log.iter().position(|e| e == event);
    let alive_after_first = at("freed the list") > at("a moved to b");
    let freed_by_last = at("freed the list")
        .zip(at("after drop(b)"))
        .is_some_and(|(f, d)| f < d);
    format!(
        "alive after the first name goes: {alive_after_first}; \
         freed when the last goes: {freed_by_last}"
    )
}

/// The lecture's `process`: it takes the `Vec` by value, so it must hand it back.
pub fn process(mut data: Vec<i32>) -> Vec<i32> {
    data.push(42);
    data
}

/// The lecture's better way: borrow mutably, change in place, give nothing back.
pub fn process_borrowed(data: &mut Vec<i32>) {
    data.push(42);
}

/// Moving in and out again, as the lecture does.
pub fn process_and_take_back() -> String {
    let my_vec = vec![1, 2, 3];
    let my_vec = process(my_vec);
    format!("{my_vec:?}")
}

/// Lending it instead.
pub fn lend_to_process() -> String {
    let mut my_vec = vec![1, 2, 3];
    process_borrowed(&mut my_vec);
    format!("{my_vec:?}")
}

/// "`a` no longer exists" is not quite it: the *value* moved out, the variable is still there,
/// and (if it is `mut`) it can be given a new value, exactly like rebinding a name in Python.
pub fn reassign_after_move() -> String {
    let mut a = vec![1, 2, 3];
    let b = a;
    a = vec![9];
    format!("a = {a:?}, b = {b:?}")
}

pub fn demo(report: &Report) {
    report.say("`let b = a;` moves the Vec: b is its owner now, and prints it.");
    report.result("print_b", move_then_print_b());

    report.say("\nPython's `b.append(4)` is seen through `a`; Rust's `a` cannot even be read:");
    report.contrast(
        "print_a_after_move",
        rejected(include_str!(
            "../tests/ui/ownership/print-a-after-the-move.stderr"
        )),
        "ownership/move-on-assignment",
    );
    report.say("The variable is still there, without a value; a `mut` one can take a new one:");
    report.result("reassign_a", reassign_after_move());

    report.say("\nWhen is the list freed? Both languages answer at once, with no collector:");
    report.result("freed", freed_when_the_last_owner_goes());

    report.say("\nPassing to a function moves too; `process` must hand the Vec back...");
    report.result("process_returns", process_and_take_back());
    report.say("...or the caller lends it with `&mut`, and keeps it:");
    report.result("process_borrowed", lend_to_process());
    report.say("Using the Vec after giving it away (Python's list is simply shared):");
    report.contrast(
        "use_after_process",
        rejected(include_str!(
            "../tests/ui/ownership/use-after-passing-to-a-function.stderr"
        )),
        "ownership/passing-moves",
    );
}
