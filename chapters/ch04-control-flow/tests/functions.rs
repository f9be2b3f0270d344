//! Functions and type signatures: stand-ins for defaults and *args, functions as values,
//! return values, and the four kinds of method receiver.
use chapter_04::functions::{
    Greeting, apply, apply_any, divide, divide_early, double, greet, greet_with_default, min_max,
    min_max_checked, show_quotient, sum_all,
};
use chapter_04::loops::panic_message;
use chapter_04::methods::{MyStruct, ReadCounter, Tally};

#[test]
fn greet_takes_both_arguments() {
    assert_eq!(greet("Alice", "Hi"), "Hi, Alice!");
}

#[test]
fn none_stands_in_for_the_default_greeting() {
    assert_eq!(greet_with_default("Alice", None), "Hello, Alice!");
    assert_eq!(greet_with_default("Alice", Some("Hi")), "Hi, Alice!");
}

#[test]
fn a_builder_has_defaults_and_overrides_them_by_name() {
    assert_eq!(Greeting::new("Alice").build(), "Hello, Alice!");
    assert_eq!(
        Greeting::new("Alice")
            .punctuation('?')
            .greeting("Hi")
            .build(),
        "Hi, Alice?"
    );
}

#[test]
fn a_slice_stands_in_for_star_args() {
    assert_eq!(sum_all(&[1, 2, 3]), 6);
    assert_eq!(sum_all(&[]), 0);
    let from_a_vec = vec![10, 20];
    assert_eq!(sum_all(&from_a_vec), 30);
}

#[test]
fn functions_and_non_capturing_closures_are_fn_pointers() {
    assert_eq!(apply(double, 5), 10);
    assert_eq!(apply(|x| x * 2, 5), 10);
}

#[test]
fn impl_fn_accepts_closures_that_capture() {
    let factor = 3;
    assert_eq!(apply_any(|x| x * factor, 5), 15);
    assert_eq!(apply_any(double, 5), 10);
}

#[test]
fn divide_is_none_for_a_zero_divisor() {
    assert_eq!(divide(7.0, 2.0), Some(3.5));
    assert_eq!(divide(1.0, 0.0), None);
    assert_eq!(divide(1.0, -0.0), None); // -0.0 == 0.0
    assert_eq!(show_quotient(divide(7.0, 2.0)), "3.5");
    assert_eq!(show_quotient(divide(1.0, 0.0)), "None");
}

#[test]
fn return_none_early_gives_the_same_results() {
    for (a, b) in [(7.0, 2.0), (1.0, 0.0), (0.0, 0.0), (-3.0, 4.0)] {
        assert_eq!(divide_early(a, b), divide(a, b), "divide({a}, {b})");
    }
}

#[test]
fn unchecked_float_division_by_zero_is_not_an_error() {
    // A divisor known only at run time, as in `divide` without its check.
    let zero = std::hint::black_box(0.0_f64);
    assert_eq!(1.0 / zero, f64::INFINITY);
    assert_eq!(-1.0 / zero, f64::NEG_INFINITY);
    assert!((zero / zero).is_nan());
}

#[test]
fn min_max_returns_both_in_one_tuple() {
    assert_eq!(min_max(&[3, 1, 4, 1, 5]), (1, 5));
    let (lo, hi) = min_max(&[7]);
    assert_eq!((lo, hi), (7, 7));
}

#[test]
fn min_max_of_an_empty_slice_panics() {
    let message = panic_message(|| min_max(&[]));
    assert_eq!(
        message.as_deref(),
        Some("called `Option::unwrap()` on a `None` value")
    );
}

#[test]
fn min_max_checked_is_none_for_an_empty_slice() {
    assert_eq!(min_max_checked(&[]), None);
    assert_eq!(min_max_checked(&[3, 1, 4, 1, 5]), Some((1, 5)));
}

#[test]
fn each_receiver_does_what_it_says() {
    let mut thing = MyStruct::new();
    assert_eq!(thing.read_only(), 0);
    thing.modify();
    thing.modify();
    assert_eq!(thing.read_only(), 2);
    assert_eq!(thing.consume(), "consumed at 2");
}

#[test]
fn a_copy_type_is_copied_by_self_not_moved() {
    let tally = Tally { count: 3 };
    assert_eq!(tally.consume(), 3);
    assert_eq!(tally.count, 3); // still usable: `consume` got a copy
}

#[test]
fn a_cell_lets_a_shared_self_method_change_state() {
    let counter = ReadCounter::default();
    assert_eq!(counter.read_only(), 1);
    assert_eq!(counter.read_only(), 2);
}
