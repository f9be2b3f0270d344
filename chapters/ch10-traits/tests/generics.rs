//! Generic constraints and the quick reference. Ledger: generics/*, quickref/*.
use chapter_10::generic_bounds::{
    IntOrStr, apply_twice, average, describe, first, log_and_clone, print_it,
};

#[test]
fn first_returns_a_reference_or_none() {
    assert_eq!(first(&[10, 20, 30]), Some(&10));
    assert_eq!(first::<i32>(&[]), None);
    assert_eq!(first(&["a", "b"]), Some(&"a"));
}

#[test]
fn average_takes_the_lossless_number_types() {
    assert_eq!(average(&[1, 2, 3, 4]), 2.5);
    assert_eq!(average(&[1u32, 2]), 1.5);
    assert_eq!(average(&[1.5f32, 2.0]), 1.75);
    assert_eq!(average(&[true, false]), 0.5);
}

#[test]
fn average_of_nothing_is_nan_not_an_error() {
    assert!(average::<i32>(&[]).is_nan());
}

#[test]
fn log_and_clone_uses_display_debug_and_clone() {
    let (log, copy) = log_and_clone(&String::from("hi"));
    assert_eq!(log, "Display: hi / Debug: \"hi\"");
    assert_eq!(copy, "hi");
}

#[test]
fn print_it_is_a_generic_with_an_anonymous_parameter() {
    fn print_it_named<T: std::fmt::Display>(item: &T) -> String {
        format!("{item}")
    }
    assert_eq!(print_it(&5), print_it_named(&5));
    // Generic, not `&dyn Display`: each use is its own function, one per type, as for a named T.
    let for_i32: fn(&i32) -> String = print_it;
    let for_str: fn(&&'static str) -> String = print_it;
    assert_eq!(
        (for_i32(&5), for_str(&"text")),
        ("5".to_string(), "text".to_string())
    );
}

#[test]
fn fn_items_and_closures_are_both_fn() {
    fn add_three(x: i32) -> i32 {
        x + 3
    }
    assert_eq!(apply_twice(add_three, 1), 7);
    assert_eq!(apply_twice(|x| x * 10, 1), 100);
}

#[test]
fn a_union_of_int_and_str_is_an_enum_that_knows_its_variant() {
    assert_eq!(describe(&IntOrStr::Int(7)), "int 7");
    assert_eq!(describe(&IntOrStr::Str("seven".into())), "str \"seven\"");
}

#[test]
fn option_is_an_enum_declared_in_core_and_known_to_the_compiler() {
    use std::any::type_name;
    use std::mem::size_of;
    // A library item: the prelude's Option is the enum declared in `core::option`, where an i32
    // is a primitive of the language.
    assert_eq!(type_name::<Option<i32>>(), "core::option::Option<i32>");
    assert_eq!(type_name::<i32>(), "i32");
    // But not just any enum: std guarantees that None takes no room beside a reference (the
    // "Representation" section of std::option), which it promises for no enum of ours.
    assert_eq!(size_of::<Option<&u8>>(), size_of::<&u8>());
}
