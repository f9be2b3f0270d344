//! Comprehensions against chains, the methods table. Ledger: `comprehensions/*`, `table/*`.
use std::collections::HashMap;

use chapter_12::comprehensions::{
    calls_around_sum, chain_sum, evens, filter_then_map, flat, inverted, loop_sum, names, pairs,
    squares, unique_lengths, users, word_lengths,
};

#[test]
fn the_five_chains_give_the_comprehensions_lists() {
    assert_eq!(squares(), [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
    assert_eq!(evens(), [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    assert_eq!(names(&users()), ["ada", "cy"]);
    assert_eq!(
        format!("{:?}", pairs()),
        "[(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)]"
    );
    assert_eq!(flat(&[vec![1, 2], vec![], vec![3]]), [1, 2, 3]);
}

#[test]
fn filter_then_map_gives_the_diagrams_result() {
    assert_eq!(
        format!("{:?}", filter_then_map(&[1, 2, 3, 4, 5])),
        "[4, 16]"
    );
}

#[test]
fn the_diagram_builds_no_intermediate_list() {
    // Each element goes through filter, then map, before the next is read: no [2, 4] is built.
    let log = std::cell::RefCell::new(Vec::new());
    let squares: Vec<i32> = [1, 2, 3, 4, 5]
        .iter()
        .filter(|&&x| {
            log.borrow_mut().push(format!("filter {x}"));
            x % 2 == 0
        })
        .map(|x| {
            log.borrow_mut().push(format!("map {x}"));
            x * x
        })
        .collect();
    assert_eq!(squares, [4, 16]);
    assert_eq!(
        log.borrow().join(", "),
        "filter 1, filter 2, map 2, filter 3, filter 4, map 4, filter 5"
    );
}

#[test]
fn any_consumer_drives_a_chain_not_only_collect() {
    assert_eq!(calls_around_sum(), (0, 4, 100));
    let mut calls = 0;
    let chain = (0..3).inspect(|_| calls += 1);
    for _ in chain {}
    assert_eq!(calls, 3);
}

#[test]
fn str_len_counts_bytes_where_python_counts_code_points() {
    let lengths = word_lengths(&["hello", "naïve"]);
    assert_eq!(lengths["hello"], 5);
    assert_eq!(lengths["naïve"], 6);
    assert_eq!("naïve".chars().count(), 5);
}

#[test]
fn inverting_keeps_one_key_per_value_but_which_is_unspecified() {
    let mapping = HashMap::from([("a", 1), ("b", 2)]);
    let flipped = inverted(&mapping);
    assert_eq!((*flipped[&1], *flipped[&2]), ("a", "b"));
    let clash = HashMap::from([("a", 1), ("b", 1)]);
    let flipped = inverted(&clash);
    assert_eq!(flipped.len(), 1);
    assert!(["a", "b"].contains(flipped[&1]));
}

#[test]
fn a_set_keeps_each_length_once() {
    let mut lengths: Vec<usize> = unique_lengths(&["a", "bb", "cc", "d"])
        .into_iter()
        .collect();
    lengths.sort();
    assert_eq!(lengths, [1, 2]);
}

#[test]
// The table's own spellings (`any`, `next`, collect-then-sort), not clippy's shortcuts.
#[allow(
    clippy::manual_contains,
    clippy::iter_next_slice,
    clippy::iter_cloned_collect
)]
fn the_tables_rows_do_what_the_python_column_does() {
    let v = [3, 1, 4, 1, 5];
    assert_eq!(
        v.iter().map(|x| x * 2).collect::<Vec<_>>(),
        [6, 2, 8, 2, 10]
    );
    assert_eq!(v.iter().filter(|&&x| x > 2).count(), 3);
    assert_eq!(v.iter().sum::<i32>(), 14);
    assert!(v.iter().any(|&x| x == 4));
    assert!(!v.iter().all(|&x| x > 1));
    let indexed: Vec<(usize, &i32)> = v.iter().enumerate().take(2).collect();
    assert_eq!(indexed, [(0, &3), (1, &1)]);
    let zipped: Vec<(i32, char)> = [1, 2, 3].into_iter().zip("ab".chars()).collect();
    assert_eq!(zipped, [(1, 'a'), (2, 'b')]);
    let chained: Vec<i32> = [1, 2].into_iter().chain([3]).collect();
    assert_eq!(chained, [1, 2, 3]);
    assert_eq!(v.iter().rev().copied().collect::<Vec<_>>(), [5, 1, 4, 1, 3]);
    let mut it = v.iter();
    assert_eq!(it.next(), Some(&3));
    let empty: [i32; 0] = [];
    assert_eq!(empty.iter().next().copied().unwrap_or(-1), -1);
    let mut sorted: Vec<i32> = v.iter().copied().collect();
    sorted.sort();
    assert_eq!(sorted, [1, 1, 3, 4, 5]);
}

#[test]
fn min_and_max_return_none_for_nothing() {
    let empty: [i32; 0] = [];
    assert_eq!(empty.iter().max(), None);
    assert_eq!([3, 1].iter().min(), Some(&1));
}

#[test]
fn count_consumes_and_len_needs_an_exact_size() {
    let numbers = [1, 2, 3, 4];
    assert_eq!(numbers.iter().len(), 4);
    assert_eq!(numbers.iter().filter(|x| **x > 1).count(), 3);
}

#[test]
fn reduce_gives_none_for_nothing_and_fold_starts_from_its_seed() {
    let empty: [i32; 0] = [];
    assert_eq!(empty.iter().copied().reduce(|a, b| a + b), None);
    assert_eq!([1, 2, 3].into_iter().reduce(|a, b| a + b), Some(6));
    assert_eq!(empty.iter().fold(10, |a, b| a + b), 10);
}

#[test]
fn the_timed_chain_and_loop_agree() {
    // Small size: the kernels are timed by `cargo xtask bench 12`, never here.
    assert_eq!(chain_sum(10), 9 + 36 + 81);
    assert_eq!(chain_sum(1000), loop_sum(1000));
}
