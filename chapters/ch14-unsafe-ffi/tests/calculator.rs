//! What the lecture's Rust tests of `add` and `divide` check, in our own tests: the same cases
//! and the same outcomes, `Err` included. Ledger: `testing/*`.
use chapter_14::calculator::{add, divide};

#[test]
fn add_sums_two_positives() {
    assert_eq!(add(2, 3), 5);
}

#[test]
fn add_of_opposites_is_zero() {
    assert_eq!(add(-1, 1), 0);
}

#[test]
fn divide_returns_the_quotient_in_ok() {
    let quotient = divide(10.0, 2.0);
    assert_eq!(quotient, Ok(5.0));
}

#[test]
fn divide_by_zero_is_an_err_not_a_panic() {
    let by_zero = divide(1.0, 0.0);
    assert!(by_zero.is_err());
    assert_eq!(by_zero, Err(String::from("Division by zero")));
}

// `let _ = v[99]` still indexes: Vec's Index::index runs and panics; the expected text is a
// substring of "index out of bounds: the len is 3 but the index is 99".
#[test]
#[should_panic(expected = "out of bounds")]
#[allow(
    clippy::useless_vec,
    reason = "the lecture's Vec: an array indexed by a constant 99 is refused at compile time"
)]
fn indexing_past_the_end_panics_with_out_of_bounds() {
    let v = vec![1, 2, 3];
    let _ = v[99];
}

#[test]
fn the_quick_reference_macros_hold_with_and_without_a_message() {
    assert_ne!(add(1, 1), 3);
    assert!(add(1, 1) == 2, "add is {}", add(1, 1));
    let message = textbook_harness::panic_message(|| assert!(add(1, 1) == 3, "msg"));
    assert_eq!(message, "msg");
}

#[test]
#[ignore = "the quick reference's `pytest.skip()` twin: listed, not run unless --ignored"]
fn skipped_like_pytest_skip() {
    panic!("runs only under cargo test -- --ignored");
}
