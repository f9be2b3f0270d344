//! Alternatives, ranges, guards, bindings, nested tuples. Ledger: `patterns/*`.
use chapter_06::patterns::{locate, size_class, size_with_value, temperature};

#[test]
fn alternatives_and_a_range_sort_the_values() {
    assert_eq!(size_class(1), "small");
    assert_eq!(size_class(3), "small");
    assert_eq!(size_class(4), "medium");
    assert_eq!(size_class(9), "medium");
    assert_eq!(size_class(10), "large");
}

#[test]
fn zero_and_negative_numbers_fall_to_the_wildcard_as_large() {
    assert_eq!(size_class(0), "large");
    assert_eq!(size_class(-7), "large");
}

#[test]
fn a_binding_keeps_the_value_a_range_matched() {
    assert_eq!(size_with_value(7), "medium (7)");
    assert_eq!(size_with_value(2), "small (2)");
    assert_eq!(size_with_value(-1), "large (-1)");
}

#[test]
fn guards_are_tried_in_order_and_the_last_arm_takes_the_rest() {
    assert_eq!(temperature(101), "boiling");
    assert_eq!(temperature(100), "normal: 100°");
    assert_eq!(temperature(-1), "freezing");
    assert_eq!(temperature(37), "normal: 37°");
}

#[test]
fn nested_tuples_are_taken_apart_and_the_first_matching_arm_wins() {
    assert_eq!(locate((3, (4, 5))), "x=3, y=4, z=5");
    assert_eq!(locate((0, (9, 9))), "on y-axis");
    assert_eq!(locate((5, (0, 1))), "y=0");
    assert_eq!(locate((0, (0, 0))), "on y-axis");
}
