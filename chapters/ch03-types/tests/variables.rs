//! Variables and mutability at run time. Ledger: `variables/*`.
use chapter_03::type_of;
use chapter_03::variables::{
    CellCounter, Counter, MAX_SIZE, block_shadowing, counter_after_one_increment, declarations,
    reference_outlives_shadowing, shadowed_input, shadowing_timeline,
};

#[test]
fn an_unannotated_integer_binding_is_an_i32() {
    let (first, inferred, _) = declarations();
    assert_eq!((first.as_str(), inferred), ("0", "i32"));
}

#[test]
fn a_mut_binding_takes_a_new_value_of_its_type() {
    let (_, _, [before, after]) = declarations();
    assert_eq!((before, after), (0, 5));
}

#[test]
fn a_const_is_usable_where_a_constant_is_required() {
    // An array length must be known at compile time: a `let` could not stand here.
    let buffer = [0_u8; MAX_SIZE];
    assert_eq!(buffer.len(), 1024);
}

#[test]
fn shadowing_makes_new_variables_of_new_types() {
    assert_eq!(shadowed_input(), (84, ["&str", "i32", "i32"]));
}

#[test]
fn a_shadowed_value_is_dropped_at_the_end_of_its_scope_not_when_hidden() {
    assert_eq!(
        shadowing_timeline(),
        ["shadow", "end of scope", "drop second", "drop first"]
    );
}

#[test]
fn a_reference_to_a_shadowed_value_still_reads_it() {
    assert_eq!(
        reference_outlives_shadowing(),
        r#"old "42" still readable next to new 42"#
    );
}

#[test]
fn shadowing_in_a_block_ends_with_the_block() {
    assert_eq!(block_shadowing(), (10, 5));
}

#[test]
fn the_lecture_counter_reads_one_after_one_increment() {
    assert_eq!(counter_after_one_increment(), 1);
    assert_eq!(Counter::new().get_value(), 0);
}

#[test]
fn interior_mutability_lets_a_shared_self_method_change_the_value() {
    let counter = CellCounter::default();
    let alias = &counter; // two shared references at once, and both may change it
    counter.increment();
    alias.increment();
    assert_eq!(counter.get_value(), 2);
}

#[test]
fn type_names_are_written_out_in_full() {
    // The helper the demos use to show inferred types: a sanity check on what it reports.
    assert_eq!(type_of(&0_i64), "i64");
    assert_eq!(type_of(&vec![1_u8]), "alloc::vec::Vec<u8>");
}
