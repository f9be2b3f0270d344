//! Section 1: the lecture's atomic counter. Ledger: `gil/rust-counter-always-4m`,
//! `gil/rust-counter-uses-all-cores` and `gil/rust-no-gil-parallel` (their counts; the times are
//! `cargo xtask bench 13 counter`).
mod deadline;

use chapter_13::counter::{
    LECTURE_INCREMENTS, atomic_sequential, atomic_threads, local_sequential, local_then_add,
};

#[test]
fn the_lecture_atomic_counter_loses_no_increment() {
    assert_eq!(atomic_threads(LECTURE_INCREMENTS), 4_000_000);
}

#[test]
fn counting_locally_then_adding_once_gives_the_same_total() {
    assert_eq!(local_then_add(50_000), 200_000);
    assert_eq!(atomic_sequential(50_000), 200_000);
    assert_eq!(local_sequential(50_000), 200_000);
}

#[test]
fn a_read_then_write_interleaved_by_a_barrier_loses_an_update() {
    let demo = env!("CARGO_BIN_EXE_atomic_counter");
    assert_eq!(
        deadline::demo_result(demo, &["1000"], "split_read_write"),
        "1"
    );
}
