//! Language philosophy at run time. Ledger: `philosophy/resources-one-owner`,
//! `philosophy/no-implicit-conversion`.
use std::fs::{self, File};
use std::path::PathBuf;

use chapter_01::philosophy::{
    FdCounts, descriptors_open_on, file_closed_at_scope_end, file_closed_by_drop, scratch_file,
};

/// A scratch file removed when the test ends, whatever the outcome.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        Scratch(scratch_file(name).expect("the temp dir is writable"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

const OPEN_THEN_CLOSED: FdCounts = FdCounts {
    before: 0,
    inside: 1,
    after: 0,
};

#[test]
fn a_file_is_closed_when_its_owner_goes_out_of_scope() {
    let scratch = Scratch::new("test-scope");
    let counts = file_closed_at_scope_end(&scratch.0).expect("/proc/self/fd is readable");
    assert_eq!(counts, OPEN_THEN_CLOSED);
}

#[test]
fn a_file_is_closed_when_its_owner_is_dropped() {
    let scratch = Scratch::new("test-drop");
    let counts = file_closed_by_drop(&scratch.0).expect("/proc/self/fd is readable");
    assert_eq!(counts, OPEN_THEN_CLOSED);
}

#[test]
fn moving_the_owner_moves_the_duty_to_close() {
    let scratch = Scratch::new("test-move");
    let file = File::open(&scratch.0).unwrap();
    let owners = vec![file]; // the Vec is the owner now; the descriptor stays open with it
    assert_eq!(descriptors_open_on(&scratch.0).unwrap(), 1);
    drop(owners);
    assert_eq!(descriptors_open_on(&scratch.0).unwrap(), 0);
}

#[test]
fn forgetting_the_owner_leaks_the_descriptor_safely() {
    // Closing on drop is guaranteed only if the drop happens: `mem::forget` (or an Rc cycle)
    // skips it, and that is safe Rust. The descriptor stays open until the process exits.
    let scratch = Scratch::new("test-forget");
    std::mem::forget(File::open(&scratch.0).unwrap());
    assert_eq!(descriptors_open_on(&scratch.0).unwrap(), 1);
}

fn shout(text: &str) -> String {
    text.to_uppercase()
}

#[test]
fn deref_coercion_is_an_implicit_conversion_rust_does_make() {
    // Numbers are never converted implicitly, but references are: `&String` becomes `&str`
    // (and `&Vec<T>` becomes `&[T]`) without a word from the caller.
    let owned = String::from("explicit");
    assert_eq!(shout(&owned), "EXPLICIT");
    assert_eq!(i64::from(1_i32) + 2_i64, 3, "widening is written out");
}
