//! Section 2: the primitives table, poisoning and ordering. Ledger: `primitives/*`,
//! `poisoning/lock-poisoned` (`ordering/table` is cited: x86 cannot tell its orderings apart).
//! Every wait here is bounded by a timeout.
mod deadline;

use std::time::Duration;

use chapter_13::primitives::{
    poisoned_then_recovered, readers_then_writer, relock_same_thread, thread_local_counts,
};
use textbook_harness::run_with_timeout;

/// The demo whose waiting scenarios run as a child with a deadline.
const DEMO: &str = env!("CARGO_BIN_EXE_sync_primitives");

#[test]
fn a_mutex_held_by_this_thread_would_block_it() {
    assert_eq!(relock_same_thread(), "would block");
}

#[test]
fn two_readers_at_once_keep_the_writer_out() {
    assert_eq!(
        readers_then_writer(),
        "two readers saw 6 items; writer blocked: true; after: true"
    );
}

#[test]
fn a_condvar_and_a_flag_make_an_event() {
    assert_eq!(
        deadline::demo_result(DEMO, &[], "event"),
        "waiter woke with the flag set: true"
    );
}

#[test]
fn three_producers_reach_one_receiver() {
    assert_eq!(
        deadline::demo_result(DEMO, &[], "channel"),
        "[0, 1, 2, 10, 11, 12, 20, 21, 22]"
    );
}

#[test]
fn each_thread_sees_its_own_thread_local() {
    assert_eq!(thread_local_counts(), "threads saw [2, 2, 2]; main sees 0");
}

#[test]
fn a_panic_holding_the_lock_poisons_it_and_into_inner_recovers() {
    assert_eq!(
        poisoned_then_recovered(),
        "poisoned; recovered [1, 2, 3, 4]"
    );
}

/// The demo that waits on a Condvar and spins on an atomic, run as a program with a deadline:
/// a lost wake-up would hang it, and this turns that into a failure.
#[test]
fn the_primitives_demo_finishes_within_its_deadline() {
    let program = std::process::Command::new(DEMO);
    let output = run_with_timeout(program, Duration::from_secs(30));
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("poisoned; recovered [1, 2, 3, 4]"),
        "{stdout}"
    );
}

/// The poisoning block ("Mutex Poisoning", ../shared/course/ch13-concurrency.md line 188) is
/// statements with no function around them. This file keeps its opening, a `use` and then the
/// `let` of the shared data at the top level, and nothing else: rustc reads a file as items and
/// stops at that `let`.
#[test]
fn a_poisoning_demo_whose_let_is_outside_a_function_is_not_a_program() {
    let scratch = textbook_harness::Scratch::new("ch13-poison-block");
    scratch.write(
        "block.rs",
        "use std::sync::{Arc, Mutex};\n\nlet data = Arc::new(Mutex::new(vec![1, 2, 3]));\n",
    );
    let built = textbook_harness::rustc(
        &scratch.path().join("block.rs"),
        &scratch.path().join("block"),
        &[],
    );
    assert!(!built.status.success());
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        stderr.contains("expected item, found keyword `let`"),
        "{stderr}"
    );
}
