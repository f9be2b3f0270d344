//! The pitfalls' fixes. Ledger: `pitfalls/*`.
use chapter_16::pitfalls::{
    bench_data, checked_squares_of_positive, extend_with_doubled_large, keep_small, process,
    squares_of_positive, upper_words,
};
use textbook_harness::panic_message;

#[test]
fn collect_then_extend_appends_the_doubled_large_items() {
    let mut items = vec![1, 2, 3, 4, 5];
    extend_with_doubled_large(&mut items);
    assert_eq!(format!("{items:?}"), "[1, 2, 3, 4, 5, 8, 10]");
}

#[test]
fn retain_removes_the_large_items_and_adds_nothing() {
    let mut items = vec![1, 2, 3, 4, 5];
    keep_small(&mut items);
    assert_eq!(format!("{items:?}"), "[1, 2, 3]");
}

#[test]
fn process_borrows_and_returns_an_owned_string() {
    let owned = String::from("data.csv");
    assert_eq!(process(&owned), "Processed: data.csv");
    assert_eq!(process("x"), "Processed: x");
}

#[test]
fn iterator_chain_matches_the_comprehension() {
    assert_eq!(
        format!("{:?}", squares_of_positive(&[-2, 3, 0, 4])),
        "[9, 16]"
    );
}

#[test]
#[cfg(debug_assertions)]
fn square_of_50000_panics_in_a_debug_build() {
    let message = panic_message(|| {
        squares_of_positive(&[50_000]);
    });
    assert!(
        message.contains("attempt to multiply with overflow"),
        "{message}"
    );
}

#[test]
fn checked_square_of_50000_is_none() {
    assert_eq!(checked_squares_of_positive(&[3, 50_000]), None);
    assert_eq!(
        checked_squares_of_positive(&[3, 46_340]),
        Some(vec![9, 2_147_395_600])
    );
}

#[test]
fn split_whitespace_then_uppercase() {
    assert_eq!(upper_words("hello world"), ["HELLO", "WORLD"]);
}

#[test]
fn str_is_a_pointer_and_a_length_and_ints_have_no_header() {
    assert_eq!(std::mem::size_of::<&str>(), 16);
    assert_eq!(std::mem::size_of::<i32>(), 4);
    assert_eq!(std::mem::size_of::<i64>(), 8);
    let v: Vec<i32> = (0..1000).collect();
    assert_eq!(v.capacity() * std::mem::size_of::<i32>(), 4000);
    let map: std::collections::HashMap<i64, i64> = (0..100).map(|i| (i, i)).collect();
    // 112 usable slots = 7/8 of 128 buckets: 128 * 16 bytes of pairs plus 128 + 16 control
    // bytes is 2192 bytes of table (hashbrown's layout, std's HashMap since Rust 1.36).
    assert_eq!(map.capacity(), 112);
}

#[test]
fn the_timed_chain_squares_each_positive_number_once() {
    // 7 and 2001 share no factor, so 2001 numbers are -1000..=1000 each once: the squares of
    // 1..=1000, whose sum is 1000 * 1001 * 2001 / 6.
    let squares = squares_of_positive(&bench_data(2001));
    assert_eq!(squares.len(), 1000);
    assert_eq!(
        squares.iter().map(|&x| i64::from(x)).sum::<i64>(),
        333_833_500
    );
}
