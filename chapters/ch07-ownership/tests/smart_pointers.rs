//! Smart pointers: Box, Rc and its cycles, Arc across threads, RefCell's run-time checks.
use std::cell::RefCell;
use std::rc::Rc;

use chapter_07::drops::Events;
use chapter_07::smart_pointers::*;

#[test]
fn a_box_moves_without_moving_its_heap_value_and_clones_into_a_new_one() {
    let boxed = Box::new(42);
    let address: *const i32 = &*boxed;
    let moved = boxed;
    assert!(std::ptr::eq(address, &*moved));
    let cloned = moved.clone();
    assert!(!std::ptr::eq(&*moved, &*cloned));
    assert_eq!(*cloned, 42);
    assert_eq!(move_a_box(), "42 (moved box, same address: true)");
}

#[test]
fn a_recursive_list_through_box_sums_its_values() {
    assert_eq!(sum(&list_of(&[1, 2, 3])), 6);
    assert_eq!(sum(&list_of(&[])), 0);
}

#[test]
fn a_box_of_large_data_is_one_pointer_so_moving_it_copies_eight_bytes() {
    type Megabyte = [u8; 1 << 20];
    assert_eq!(size_of::<Box<Megabyte>>(), size_of::<usize>());
    assert_eq!(size_of::<Megabyte>(), 1 << 20);
    let big: Box<Megabyte> = vec![7u8; 1 << 20]
        .into_boxed_slice()
        .try_into()
        .expect("exactly one megabyte");
    let address: *const Megabyte = &*big;
    let moved = big;
    assert!(std::ptr::eq(address, &*moved));
    assert_eq!(moved[(1 << 20) - 1], 7);
}

#[test]
fn a_box_holds_a_trait_object_of_any_type_behind_it() {
    let steps: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 10)];
    assert_eq!(steps.iter().fold(1, |acc, f| f(acc)), 20);
}

#[test]
fn three_handles_are_three_owners_of_one_vec() {
    assert_eq!(three_handles(), (3, true));
}

#[test]
fn the_vec_is_freed_when_its_last_handle_goes() {
    assert_eq!(release_the_handles(), "3 → 1 → freed");
}

#[test]
fn a_strong_cycle_outlives_its_owners_and_is_never_freed() {
    let events = Events::new();
    let [a, b] = pair_after_its_owners_go(Back::Strong, &events);
    assert_eq!(census(&events), "alive: a, b | freed: -");
    assert_eq!((a.strong_count(), b.strong_count()), (1, 1));
}

#[test]
fn a_weak_back_link_lets_the_pair_be_freed_with_its_owners() {
    let events = Events::new();
    let [a, b] = pair_after_its_owners_go(Back::Weak, &events);
    assert_eq!(census(&events), "alive: - | freed: a, b");
    assert!(a.upgrade().is_none() && b.upgrade().is_none());
}

#[test]
fn a_weak_back_link_reaches_its_node_while_that_node_lives() {
    let events = Events::new();
    let [a, _] = pair_after_its_owners_go(Back::Strong, &events);
    let a = a.upgrade().expect("a strong cycle keeps a alive");
    let b = a.next().expect("a owns b");
    assert!(Rc::ptr_eq(&b.back().expect("b points back"), &a));
}

/// Compiles only for types that may be sent to, and shared between, threads.
fn assert_send_and_sync<T: Send + Sync>() {}

#[test]
fn arc_lets_threads_share_one_vec() {
    assert_send_and_sync::<std::sync::Arc<Vec<i32>>>();
    assert_eq!(sums_in_threads(4), [6, 6, 6, 6]);
}

#[test]
fn borrow_mut_sets_the_value_inside_a_refcell() {
    assert_eq!(set_through_refcell(), 99);
}

#[test]
fn two_shared_refcell_borrows_at_once_are_fine() {
    assert_eq!(two_readers_of_a_refcell(), "42 42");
}

#[test]
fn a_second_borrow_mut_while_the_first_lives_panics() {
    let message = panic_message_of(|| borrow_mut_twice(&RefCell::new(42)));
    assert_eq!(message.as_deref(), Some("RefCell already borrowed"));
}

#[test]
fn a_shared_borrow_while_mutably_borrowed_panics_with_its_own_message() {
    let message = panic_message_of(|| {
        let cell = RefCell::new(42);
        let _writer = cell.borrow_mut();
        let _reader = cell.borrow();
    });
    assert_eq!(message.as_deref(), Some("RefCell already mutably borrowed"));
}

#[test]
fn try_borrow_mut_reports_the_conflict_as_a_borrow_mut_error_instead() {
    let cell = RefCell::new(42);
    let _reader = cell.borrow();
    let error = cell.try_borrow_mut().expect_err("a reader is alive");
    assert_eq!(format!("{error:?}"), "BorrowMutError");
}

#[test]
fn rc_refcell_handles_see_each_others_changes() {
    assert_eq!(shared_and_mutable(), "[1, 2, 3, 4]");
}

#[test]
fn every_handle_kernel_makes_every_call() {
    assert_eq!(pass_by_rc(1000), 3000);
    assert_eq!(pass_by_arc(1000), 3000);
    assert_eq!(pass_by_reference(1000), 3000);
    assert_eq!(pass_by_move(1000), 3000);
}
