//! Move semantics against reference counting: which types are `Copy`, what `clone` copies,
//! and what a shared borrow guarantees.
use std::cell::Cell;
use std::rc::Rc;

use chapter_07::moves::*;

/// Compiles only for `Copy` types: a test that calls it fails to build if a type is not.
fn assert_copy<T: Copy>() {}

#[test]
fn integers_floats_bools_and_chars_are_copy() {
    assert_copy::<i32>();
    assert_copy::<f64>();
    assert_copy::<bool>();
    assert_copy::<char>();
    assert_eq!(copy_an_integer(), "42 42");
}

#[test]
fn a_copy_is_an_independent_value() {
    assert!(copies_are_separate());
    let x = 42;
    let mut y = x;
    y += 1;
    assert_eq!((x, y), (42, 43));
}

#[test]
fn a_copy_keeps_every_bit_even_a_nan_payload() {
    // A NaN is not equal to itself, so only its bits can show the copy is exact: a bitwise copy
    // keeps the payload that any arithmetic on the value could have changed.
    let x = f64::from_bits(0x7ff8_0000_dead_beef);
    let y = x;
    assert!(x.is_nan() && x != y);
    assert_eq!(y.to_bits(), 0x7ff8_0000_dead_beef);
}

#[test]
fn copy_is_about_the_type_not_the_heap_arrays_and_shared_references_are_copy() {
    // Stack-only arrays of Copy values, and `&T` of anything, are Copy. (A struct of two i32
    // moves unless it derives Copy, and a String field forbids Copy: tests/ui/moves/.)
    assert_copy::<[i32; 3]>();
    assert_copy::<&String>();
    assert_copy::<&Vec<i32>>();
    let s = String::from("shared");
    let r1 = &s;
    let r2 = r1;
    assert!(std::ptr::eq(r1, r2));
}

#[test]
fn a_string_clone_has_the_same_text_in_its_own_buffer() {
    let (s1, s2) = clone_a_string();
    // Both names are still usable after the clone: the lecture's `println!("{s1} {s2}")`.
    assert_eq!(format!("{s1} {s2}"), "hello hello");
    assert!(clone_has_its_own_buffer());
}

#[test]
fn cloning_an_rc_shares_the_value_instead_of_copying_it() {
    let a = Rc::new(String::from("hello"));
    let b = Rc::clone(&a);
    assert!(Rc::ptr_eq(&a, &b));
    assert_eq!(a.as_ptr(), b.as_ptr());
}

#[test]
fn cloning_a_nested_vec_clones_the_inner_vecs_too() {
    assert_eq!(clone_nested_then_change_the_clone(), [vec![1], vec![2]]);
}

#[test]
fn remove_duplicates_keeps_first_occurrences_in_order_and_leaves_the_input() {
    let original = vec![1, 2, 2, 3, 3, 3];
    assert_eq!(remove_duplicates(&original), [1, 2, 3]);
    assert_eq!(original, [1, 2, 2, 3, 3, 3]);
    assert_eq!(remove_duplicates(&[3, 1, 3, 2, 1]), [3, 1, 2]);
}

#[test]
fn many_shared_borrows_alias_one_vec() {
    let original = vec![1, 2, 3];
    let alias = &original;
    let other = &original;
    assert!(std::ptr::eq(alias, other));
    assert_eq!(remove_duplicates(alias), [1, 2, 3]);
}

#[test]
fn a_shared_borrow_of_cells_can_still_change_the_callers_values() {
    let cells: Vec<Cell<i32>> = [1, 2, 2].into_iter().map(Cell::new).collect();
    zero_the_first(&cells);
    let after: Vec<i32> = cells.iter().map(Cell::get).collect();
    assert_eq!(after, [0, 2, 2]);
}
