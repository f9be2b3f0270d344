//! Understanding ownership: the moved Vec, when it is freed, and the three rules with the
//! qualifications each needs.
use std::mem;

use chapter_07::drops::{Events, Tracked};
use chapter_07::ownership::*;

#[test]
fn b_prints_the_moved_vec() {
    assert_eq!(move_then_print_b(), "[1, 2, 3]");
}

#[test]
fn the_list_lives_on_after_the_move_and_is_freed_when_b_is_dropped() {
    let events = Events::new();
    lifetime_of_the_list(&events);
    assert_eq!(
        events.all(),
        [
            "a moved to b",
            "b still holds [1, 2, 3]",
            "freed the list",
            "after drop(b)"
        ]
    );
    assert_eq!(
        freed_when_the_last_owner_goes(),
        "alive after the first name goes: true; freed when the last goes: true"
    );
}

#[test]
fn a_value_is_dropped_where_its_owners_scope_ends() {
    let events = Events::new();
    {
        let _b = Tracked::new("b", vec![1], &events);
        events.note("end of scope");
    }
    events.note("after the scope");
    assert_eq!(events.all(), ["end of scope", "freed b", "after the scope"]);
}

#[test]
fn locals_are_dropped_in_reverse_order_of_declaration() {
    let events = Events::new();
    {
        let _first = Tracked::new("first", 1, &events);
        let _second = Tracked::new("second", 2, &events);
    }
    assert_eq!(events.all(), ["freed second", "freed first"]);
}

#[test]
fn a_moved_from_variable_can_be_given_a_new_value() {
    assert_eq!(reassign_after_move(), "a = [9], b = [1, 2, 3]");
}

#[test]
fn process_hands_the_vec_back_with_42() {
    assert_eq!(process_and_take_back(), "[1, 2, 3, 42]");
    assert_eq!(process(vec![]), [42]);
}

#[test]
fn process_borrowed_changes_the_callers_vec_in_place() {
    assert_eq!(lend_to_process(), "[1, 2, 3, 42]");
}

#[test]
fn an_owner_need_not_be_a_variable_a_vec_owns_its_elements() {
    let events = Events::new();
    let shelf = vec![Tracked::new("x", 1, &events), Tracked::new("y", 2, &events)];
    // Moving one element out makes a variable its owner; the rest stay owned by the Vec.
    let mut items = shelf.into_iter();
    let x = items.next().expect("two elements");
    drop(items);
    assert_eq!(events.all(), ["freed y"]);
    drop(x);
    assert_eq!(events.all(), ["freed y", "freed x"]);
}

#[test]
fn mem_forget_leaks_a_value_in_safe_code_so_it_is_never_dropped() {
    let events = Events::new();
    {
        let kept = Tracked::new("kept", vec![1, 2, 3], &events);
        mem::forget(kept);
    }
    assert!(events.all().is_empty(), "{:?}", events.all());
}

#[test]
fn clone_makes_a_second_value_with_its_own_owner() {
    let events = Events::new();
    let a = Tracked::new("hello", String::from("hello"), &events);
    let b = a.clone();
    // Dropping the original frees the original only: the clone is not a second owner of it.
    drop(a);
    assert_eq!(events.all(), ["freed hello"]);
    assert_eq!(b.value, "hello");
    drop(b);
    assert_eq!(events.all(), ["freed hello", "freed hello (clone)"]);
}
