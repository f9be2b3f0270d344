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
    // No variable names either element: dropping their owner, the Vec, frees both. (Their order
    // is not asserted: std does not promise the order in which a Vec drops its elements.)
    drop(shelf);
    let mut freed = events.all();
    freed.sort();
    assert_eq!(freed, ["freed x", "freed y"]);
}

#[test]
fn moving_an_element_out_makes_a_variable_its_owner() {
    let events = Events::new();
    let shelf = vec![Tracked::new("x", 1, &events), Tracked::new("y", 2, &events)];
    let mut items = shelf.into_iter();
    let x = items.next().expect("two elements");
    // The iterator, which took over the Vec's buffer, owns what is left in it.
    drop(items);
    assert_eq!(events.all(), ["freed y"]);
    drop(x);
    assert_eq!(events.all(), ["freed y", "freed x"]);
}

/// Takes its argument by value and drops it at once.
fn consume(value: Tracked<i32>, events: &Events) {
    events.note(format!("consumed {}", value.value));
}

/// A value moved on one branch only: whether it is still owned at the end of the scope is known
/// only at run time, so rustc keeps a drop flag for it (the Rustonomicon, "Drop Flags").
fn maybe_move(move_it: bool, events: &Events) {
    let value = Tracked::new("value", 7, events);
    if move_it {
        consume(value, events);
    }
    events.note("end of scope");
}

#[test]
fn a_conditional_move_is_settled_at_run_time_by_a_drop_flag() {
    let events = Events::new();
    maybe_move(true, &events);
    assert_eq!(events.all(), ["consumed 7", "freed value", "end of scope"]);
    let events = Events::new();
    maybe_move(false, &events);
    assert_eq!(events.all(), ["end of scope", "freed value"]);
}

#[test]
fn box_leak_skips_the_drop_in_safe_code() {
    let events = Events::new();
    {
        let leaked: &'static mut Tracked<i32> =
            Box::leak(Box::new(Tracked::new("box", 1, &events)));
        leaked.value += 1;
        assert_eq!(leaked.value, 2);
    }
    assert!(events.all().is_empty(), "{:?}", events.all());
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
