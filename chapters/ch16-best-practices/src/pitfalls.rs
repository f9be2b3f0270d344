//! The four pitfalls and their fixes. Twin: python_equivalents/ch16_best_practices/pitfalls.py
use std::hint::black_box;

use textbook_report::{Report, rejected};

use crate::habits::median_time;

/// Pitfall 1, fix 1: collect what to add while borrowing, then extend once the borrow ends.
pub fn extend_with_doubled_large(items: &mut Vec<i32>) {
    let additions: Vec<i32> = items.iter().filter(|&&x| x > 3).map(|&x| x * 2).collect();
    items.extend(additions);
}

/// Pitfall 1, "fix" 2: `retain` keeps the small ones; it removes, it does not add.
pub fn keep_small(items: &mut Vec<i32>) {
    items.retain(|&x| x <= 3);
}

/// Pitfall 2: borrow the input, own the output.
pub fn process(input: &str) -> String {
    format!("Processed: {input}")
}

/// Pitfall 3: `[x**2 for x in data if x > 0]`, with `i32` where Python's int has no bound.
pub fn squares_of_positive(data: &[i32]) -> Vec<i32> {
    data.iter().filter(|&&x| x > 0).map(|&x| x * x).collect()
}

/// The timed input of pitfall 3 (`cargo xtask bench 16 comprehension_chain`): `n` numbers from
/// -1000 to 1000, half of them positive, whose squares fit in `i32`; the same on both sides.
pub fn bench_data(n: u64) -> Vec<i32> {
    (0..n).map(|i| (i * 7 % 2001) as i32 - 1000).collect()
}

/// The same with the overflow made a value instead of a panic.
pub fn checked_squares_of_positive(data: &[i32]) -> Option<Vec<i32>> {
    data.iter()
        .filter(|&&x| x > 0)
        .map(|&x| x.checked_mul(x))
        .collect()
}

/// Pitfall 4: the lecture's "REPL" test body.
pub fn upper_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(|w| w.to_uppercase()).collect()
}

pub fn demo(report: &Report, size: Option<u64>) {
    report.say("Pitfall 1: pushing while iterating is refused:");
    report.contrast(
        "push_while_iterating",
        rejected(include_str!(
            "../tests/ui/pitfalls/push-while-iterating.stderr"
        )),
        "pitfalls/push-while-iterating",
    );
    let mut items = vec![1, 2, 3, 4, 5];
    extend_with_doubled_large(&mut items);
    report.result("collect_then_extend", format!("{items:?}"));
    let mut items = vec![1, 2, 3, 4, 5];
    keep_small(&mut items);
    report.result("retain", format!("{items:?}"));
    report.say("\nPitfall 2: &str in, String out:");
    report.result("process", process("data.csv"));
    report.say("\nPitfall 3: the comprehension as an iterator chain:");
    report.result(
        "squares",
        format!("{:?}", squares_of_positive(&[-2, 3, 0, 4])),
    );
    report.contrast(
        "square_of_50000",
        match checked_squares_of_positive(&[50_000]) {
            Some(v) => format!("{v:?}"),
            None => "overflow: i32 cannot hold 2500000000".to_string(),
        },
        "pitfalls/comprehension-no-runtime-errors",
    );
    let data = bench_data(size.unwrap_or(100_000));
    report.say(format!(
        "  timed, the chain over {} numbers (median of 5; a debug build says nothing of speed):",
        data.len()
    ));
    // Only the chain and its `collect` are timed; the sum after it lets both sides compare.
    let (squares, seconds) = median_time(|| black_box(squares_of_positive(black_box(&data))));
    let total: i64 = squares.iter().map(|&x| i64::from(x)).sum();
    report.timed("chain_squares", total, seconds);
    report.say("\nPitfall 4: a test as a REPL:");
    report.result("upper_words", upper_words("hello world").join(","));
}
