//! Closures against lambdas. Ledger: `closures/*`, `syntax/*`.
use chapter_12::closures::{digit_sum, doubled, evens, make_adder, syntax_rows};

#[test]
fn make_adder_returns_a_closure_that_keeps_n() {
    let add_5 = make_adder(5);
    assert_eq!(add_5(10), 15);
    assert_eq!(make_adder(-3)(10), 7);
}

#[test]
fn map_and_filter_take_closures() {
    let numbers = [1, 2, 3, 4, 5];
    assert_eq!(format!("{:?}", doubled(&numbers)), "[2, 4, 6, 8, 10]");
    assert_eq!(format!("{:?}", evens(&numbers)), "[2, 4]");
}

#[test]
fn filter_over_iter_lends_a_double_reference() {
    let numbers = [1, 2, 3, 4];
    // Annotated: this compiles only because filter's predicate receives `&&i32` here.
    let kept: Vec<&i32> = numbers.iter().filter(|x: &&i32| **x > 2).collect();
    assert_eq!(kept, [&3, &4]);
    assert_eq!(evens(&numbers), [2, 4]);
}

#[test]
fn each_row_of_the_syntax_table_evaluates() {
    let values: Vec<i32> = syntax_rows().into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, [10, 5, 42, 11]);
}

#[test]
fn a_closure_body_may_hold_statements_and_loops() {
    let sum = digit_sum();
    assert_eq!(sum(1234), 10);
    assert_eq!(sum(0), 0);
}
