//! Iterators against generators. Ledger: `generators/*`.
use chapter_12::generators::{CheckedFibonacci, Fibonacci, after_none, squares_calls};

#[test]
fn fibonacci_gives_the_first_ten_lazily() {
    let first_10: Vec<u64> = Fibonacci::new().take(10).collect();
    assert_eq!(format!("{first_10:?}"), "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]");
}

#[test]
fn map_runs_only_for_the_items_taken() {
    let (before, after, squares) = squares_calls();
    assert_eq!((before, after), (0, 5));
    assert_eq!(squares, [0, 1, 4, 9, 16]);
}

#[test]
fn the_lecture_fibonacci_gives_92_values() {
    assert_eq!(
        Fibonacci::new().take(92).last(),
        Some(4_660_046_610_375_530_309)
    );
}

#[test]
#[should_panic(expected = "attempt to add with overflow")]
fn the_lecture_fibonacci_overflows_on_the_93rd_value() {
    // The 93rd value, 7540113804746346429, fits in a u64; the sum computed beside it does not.
    // Tests build in debug, where overflow panics; a release build would wrap silently.
    let _ = Fibonacci::new().take(93).last();
}

#[test]
fn a_checked_fibonacci_ends_after_the_94_that_fit() {
    assert_eq!(CheckedFibonacci::new().count(), 94);
    assert_eq!(
        CheckedFibonacci::new().last(),
        Some(12_200_160_415_121_876_738)
    );
}

#[test]
fn an_iterator_may_resume_after_none_unless_fused() {
    let (plain, fused) = after_none();
    assert_eq!(format!("{plain:?}"), "[Some(1), None, Some(3), Some(4)]");
    assert_eq!(format!("{fused:?}"), "[Some(1), None, None, None]");
}

#[test]
fn by_ref_lets_a_consumer_stop_and_the_iterator_go_on() {
    // `take` on `by_ref()` consumes only what it takes: the iterator itself is not moved.
    let mut numbers = 1..=5;
    let first: Vec<i32> = numbers.by_ref().take(2).collect();
    let rest: Vec<i32> = numbers.collect();
    assert_eq!((first, rest), (vec![1, 2], vec![3, 4, 5]));
}
