//! The lecture's Rust tests, as printed, against the calculator. Ledger: `testing/*`.
use chapter_14::calculator::{add, divide};

#[test]
fn test_add() {
    assert_eq!(add(2, 3), 5);
}

#[test]
fn test_add_negative() {
    assert_eq!(add(-1, 1), 0);
}

#[test]
fn test_divide() {
    assert_eq!(divide(10.0, 2.0), Ok(5.0));
}

#[test]
fn test_divide_by_zero() {
    assert!(divide(1.0, 0.0).is_err());
    assert_eq!(divide(1.0, 0.0), Err("Division by zero".to_string()));
}

// `let _ = v[99]` still indexes: Vec's Index::index runs and panics; the expected text is a
// substring of "index out of bounds: the len is 3 but the index is 99".
#[test]
#[should_panic(expected = "out of bounds")]
#[allow(
    clippy::useless_vec,
    reason = "the lecture's Vec: an array indexed by a constant 99 is refused at compile time"
)]
fn test_out_of_bounds() {
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
