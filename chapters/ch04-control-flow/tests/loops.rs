//! Loops and iteration: ranges, `for`, `while`, `loop` with a value, iterator chains.
use std::collections::HashMap;
use std::io::{BufRead, Cursor};
use std::mem::size_of_val;

use chapter_04::loops::{
    calls_before_and_after_collect, count_up, enumerated, evens, first_number, lecture_map,
    lines_until_quit, map_lines, pairs, panic_message, range_table, read_lines, script, sorted_map,
    squares, sum_even_squares,
};

#[test]
fn range_rows_give_the_values_of_pythons_range() {
    // The right-hand lists are what CPython prints for the left-hand expressions
    // (test_loops.py asserts the same lists against range() itself).
    let expected: [(&str, Vec<i32>); 9] = [
        ("range(5)", vec![0, 1, 2, 3, 4]),
        ("range(1, 10)", vec![1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("range(1, 11)", vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ("range(0, 10, 2)", vec![0, 2, 4, 6, 8]),
        ("range(10, 0)", vec![]),
        ("range(10, 0, -1)", vec![10, 9, 8, 7, 6, 5, 4, 3, 2, 1]),
        ("range(10, 0, -2)", vec![10, 8, 6, 4, 2]),
        ("reversed(range(0, 11, 3))", vec![9, 6, 3, 0]),
        ("range(10, -1, -3)", vec![10, 7, 4, 1]),
    ];
    let table = range_table();
    assert_eq!(table.len(), expected.len());
    for ((python, rust, values), (want_python, want)) in table.iter().zip(&expected) {
        assert_eq!(python, want_python);
        assert_eq!(values, want, "{python} is not {rust}");
    }
}

#[test]
fn half_open_excludes_the_end_and_inclusive_includes_it() {
    assert_eq!((1..10).last(), Some(9));
    assert_eq!((1..=10).last(), Some(10));
    assert_eq!((0..5).count(), 5);
}

#[test]
fn rev_before_or_after_step_by_are_different_ranges() {
    let step_then_rev: Vec<i32> = (0..11).step_by(3).rev().collect();
    let rev_then_step: Vec<i32> = (0..11).rev().step_by(3).collect();
    assert_eq!(step_then_rev, [9, 6, 3, 0]);
    assert_eq!(rev_then_step, [10, 7, 4, 1]);
}

#[test]
fn a_zero_step_panics_where_python_raises_value_error() {
    #[allow(clippy::iterator_step_by_zero)]
    let message = panic_message(|| (0..10).step_by(0).count());
    assert_eq!(message.as_deref(), Some("assertion failed: step != 0"));
}

#[test]
fn for_over_an_array_yields_its_elements_by_value() {
    // By value: each `item` is the array's own `String`, moved into `owned`. Were `for` to lend
    // the elements, `item` would be a `&String` and this would not compile.
    let words = [String::from("a"), String::from("b"), String::from("c")];
    let mut owned: Vec<String> = Vec::new();
    for item in words {
        owned.push(item);
    }
    assert_eq!(owned, ["a", "b", "c"]);
    // The lecture's array holds `&str` values, and `item` is one of them, not a `&&str`.
    let mut seen = String::new();
    for item in ["a", "b", "c"] {
        let item: &str = item;
        seen.push_str(item);
    }
    assert_eq!(seen, "abc");
}

#[test]
fn enumerate_counts_from_zero() {
    assert_eq!(enumerated(&["a", "b", "c"]), ["0: a", "1: b", "2: c"]);
}

#[test]
fn hashmap_iteration_order_differs_between_maps() {
    assert_eq!(
        chapter_04::loops::orders_seen(64),
        ["x = 1, y = 2", "y = 2, x = 1"]
    );
    // Each HashMap gets its own random hash keys, so two maps with the same entries may list
    // them in different orders; over 64 maps both orders appear (the chance that they do not is
    // about 2 in 10^19).
    let firsts: Vec<String> = (0..64)
        .map(|_| map_lines(&lecture_map()).remove(0))
        .collect();
    assert!(firsts.iter().any(|line| line == "x = 1"), "{firsts:?}");
    assert!(firsts.iter().any(|line| line == "y = 2"), "{firsts:?}");
}

#[test]
fn a_borrowed_map_is_still_there_after_the_loop() {
    let map: HashMap<&str, i32> = lecture_map();
    let mut total = 0;
    for (key, value) in &map {
        total += value;
        assert!(key.len() == 1);
    }
    assert_eq!((total, map.len()), (3, 2));
}

#[test]
fn a_btreemap_iterates_in_key_order() {
    assert_eq!(map_lines(&sorted_map()), ["x = 1", "y = 2"]);
}

#[test]
fn while_counts_from_zero_to_four() {
    assert_eq!(count_up(5), [0, 1, 2, 3, 4]);
    assert_eq!(count_up(0), Vec::<i32>::new());
}

#[test]
fn loop_reads_until_quit() {
    assert_eq!(
        lines_until_quit(script(&["hello", "quit", "never read"])),
        2
    );
    assert_eq!(lines_until_quit(script(&["no quit"])), 1);
}

// The contrast of tests/ui/loops/while-true-where-a-value-is-needed.rs: the same body in `loop`
// compiles, because the compiler knows a `loop` without `break` never falls through.
fn lines_until_quit_with_loop(mut next_line: impl FnMut() -> String) -> u32 {
    let mut read = 0;
    loop {
        read += 1;
        if next_line() == "quit" {
            return read;
        }
    }
}

#[test]
fn loop_satisfies_a_return_type_that_while_true_does_not() {
    let mut lines = ["a", "b", "quit"].into_iter().map(String::from);
    assert_eq!(lines_until_quit_with_loop(|| lines.next().unwrap()), 3);
}

#[test]
fn loop_breaks_with_the_first_number() {
    assert_eq!(
        first_number(script(&["abc", "4x", "42"]), false),
        (Some(42), 2)
    );
    assert_eq!(first_number(script(&["abc"]), false), (None, 1));
}

#[test]
fn read_line_keeps_the_newline_and_reads_nothing_forever_at_the_end() {
    let mut reader = Cursor::new("quit\n");
    let mut line = String::new();
    assert_eq!(reader.read_line(&mut line).unwrap(), 5);
    assert_eq!(line, "quit\n");
    // At the end of input: 0 bytes and an empty line, as often as it is asked.
    for _ in 0..3 {
        line.clear();
        assert_eq!(reader.read_line(&mut line).unwrap(), 0);
        assert_eq!(line, "");
    }
}

#[test]
fn the_quit_loop_never_sees_quit_in_a_line_from_read_line() {
    // Lines as `read_line` gives them: "quit\n" is not "quit", so the loop reads on to the end
    // of input (where the lecture's version would spin, reading empty lines).
    assert_eq!(lines_until_quit(read_lines("hello\nquit\nnever\n")), 3);
    assert_eq!(lines_until_quit(script(&["hello", "quit", "never"])), 2);
}

#[test]
fn parse_refuses_the_newline_that_read_line_keeps() {
    assert_eq!(first_number(read_lines("seven\n42\n"), false), (None, 2));
    assert_eq!(first_number(read_lines("seven\n42\n"), true), (Some(42), 1));
    // Where str::parse and Python's int() differ: spaces, underscores; both take a sign.
    assert!(" 42".parse::<i32>().is_err());
    assert!("4_2".parse::<i32>().is_err());
    assert_eq!("+42".parse::<i32>(), Ok(42));
}

#[test]
fn chains_give_the_comprehensions_lists() {
    assert_eq!(squares(10), [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
    assert_eq!(evens(20), [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    let expected: Vec<(i32, i32)> = vec![
        (0, 0),
        (0, 1),
        (0, 2),
        (1, 0),
        (1, 1),
        (1, 2),
        (2, 0),
        (2, 1),
        (2, 2),
    ];
    assert_eq!(pairs(3), expected);
}

#[test]
fn a_chain_runs_nothing_until_collect() {
    assert_eq!(calls_before_and_after_collect(10), (0, 10));
}

#[test]
fn any_consumer_runs_the_chain_not_only_collect() {
    let mut calls = 0;
    let total: i32 = (0..4).inspect(|_| calls += 1).sum();
    assert_eq!((total, calls), (6, 4));
    let mut chain = (0..4).map(|x| x * 10);
    assert_eq!(chain.next(), Some(0)); // one element, on demand
}

#[test]
fn a_chain_holds_no_elements_whatever_its_length() {
    // The chain is its range and nothing more: two u64 bounds, 16 bytes, for ten billion numbers.
    // Ten of them collected into a Vec already take 80 bytes on the heap.
    let range = 0..10_000_000_000_u64;
    let chain = range.clone().filter(|x| x % 2 == 0).map(|x| x * x);
    assert_eq!(size_of_val(&chain), size_of_val(&range));
    assert_eq!(size_of_val(&chain), 16);
    let ten: Vec<u64> = (0..10_u64).map(|x| x * x).collect();
    assert_eq!(size_of_val(ten.as_slice()), 80);
}

#[test]
fn the_timed_kernel_sums_the_even_squares() {
    assert_eq!(sum_even_squares(10), 4 + 16 + 36 + 64);
    let by_hand: u128 = (0..1000_u128).step_by(2).map(|x| x * x).sum();
    assert_eq!(sum_even_squares(1000), by_hand);
}

#[test]
fn a_labelled_break_leaves_both_loops_with_a_value() {
    use chapter_04::loops::first_pair_with_sum;
    assert_eq!(first_pair_with_sum(&[1, 2, 3], &[5, 6, 7], 9), Some((2, 7)));
    assert_eq!(first_pair_with_sum(&[1, 2, 3], &[5, 6, 7], 6), Some((1, 5)));
    assert_eq!(first_pair_with_sum(&[1, 2, 3], &[5, 6, 7], 99), None);
}

#[test]
fn a_labelled_block_breaks_with_a_value_too() {
    use chapter_04::loops::sign_word;
    assert_eq!(sign_word(-3), "negative");
    assert_eq!(sign_word(0), "zero");
    assert_eq!(sign_word(8), "positive");
}
