//! Comprehensions against iterator chains: list, dict and set comprehensions, the table of
//! common methods, the key differences, and a timed kernel.
//! Twin: python_equivalents/ch12_iterators/comprehensions.py
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Display;

use textbook_report::Report;

#[derive(Debug)]
pub struct User {
    pub name: String,
    pub active: bool,
}

pub fn users() -> Vec<User> {
    [("ada", true), ("bob", false), ("cy", true)]
        .into_iter()
        .map(|(name, active)| User {
            name: name.into(),
            active,
        })
        .collect()
}

/// The lecture's five chains, each against the comprehension it stands for.
pub fn squares() -> Vec<i32> {
    (0..10).map(|x| x * x).collect()
}

pub fn evens() -> Vec<i32> {
    (0..20).filter(|x| x % 2 == 0).collect()
}

pub fn names(users: &[User]) -> Vec<&str> {
    users
        .iter()
        .filter(|u| u.active)
        .map(|u| u.name.as_str())
        .collect()
}

pub fn pairs() -> Vec<(i32, i32)> {
    (0..3).flat_map(|x| (0..3).map(move |y| (x, y))).collect()
}

pub fn flat(nested: &[Vec<i32>]) -> Vec<i32> {
    nested
        .iter()
        .flat_map(|sublist| sublist.iter().copied())
        .collect()
}

/// The diagram: filter the even numbers, square them, collect.
pub fn filter_then_map(source: &[i32]) -> Vec<i32> {
    source
        .iter()
        .filter(|&&x| x % 2 == 0)
        .map(|x| x * x)
        .collect()
}

/// How often the closure ran before a consumer other than `collect` (here `sum`) asked, and
/// after: nothing runs before, and `sum` drives the chain as `collect` would.
pub fn calls_around_sum() -> (usize, usize, i32) {
    let calls = Cell::new(0);
    let chain = (1..=4).map(|x| {
        calls.set(calls.get() + 1);
        x * 10
    });
    let before = calls.get();
    let total: i32 = chain.sum();
    (before, calls.get(), total)
}

/// `len()` of a `&str` counts UTF-8 bytes; Python's `len()` counts code points.
pub fn word_lengths<'a>(words: &[&'a str]) -> HashMap<&'a str, usize> {
    words.iter().map(|w| (*w, w.len())).collect()
}

pub fn inverted<'m>(mapping: &'m HashMap<&str, i32>) -> HashMap<&'m i32, &'m &'m str> {
    mapping.iter().map(|(k, v)| (v, k)).collect()
}

pub fn unique_lengths(words: &[&str]) -> HashSet<usize> {
    words.iter().map(|w| w.len()).collect()
}

/// A HashMap's order is unspecified: shown sorted by key, `key: value` joined by commas.
pub fn sorted_map<K: Ord + Display, V: Display>(map: impl IntoIterator<Item = (K, V)>) -> String {
    let sorted: BTreeMap<K, V> = map.into_iter().collect();
    let entries: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    entries.join(", ")
}

/// The timed kernel, as the lecture would write it: a chain of closures.
pub fn chain_sum(n: u64) -> u64 {
    (0..n).map(|x| x * x).filter(|sq| sq % 3 == 0).sum()
}

/// The same sum as a hand-written loop: "zero-cost" means the chain costs no more than this.
pub fn loop_sum(n: u64) -> u64 {
    let mut total = 0;
    let mut x = 0;
    while x < n {
        let sq = x * x;
        if sq % 3 == 0 {
            total += sq;
        }
        x += 1;
    }
    total
}

/// One untimed warm-up call, then the median of five timed ones (seconds), and the result.
pub fn median_time(kernel: impl Fn() -> u64) -> (u64, f64) {
    textbook_report::median_seconds(5, kernel)
}

pub fn demo(report: &Report, size: Option<u64>) {
    report.say("The lecture's comprehensions as chains:");
    report.result("squares", format!("{:?}", squares()));
    report.result("evens", format!("{:?}", evens()));
    report.result("names", names(&users()).join(", "));
    report.result("pairs", format!("{:?}", pairs()));
    report.result(
        "flat",
        format!("{:?}", flat(&[vec![1, 2], vec![], vec![3]])),
    );
    report.result(
        "filter, map",
        format!("{:?}", filter_then_map(&[1, 2, 3, 4, 5])),
    );
    let (before, after, total) = calls_around_sum();
    report.result("calls before sum", before);
    report.result("calls after sum", format!("{after} (sum {total})"));

    report.say("\nInto a map and a set (sorted for printing):");
    let words = ["hello", "naïve", "hi"];
    report.contrast(
        "word_lengths",
        sorted_map(word_lengths(&words)),
        "comprehensions/len-bytes",
    );
    let mapping = HashMap::from([("a", 1), ("b", 2)]);
    report.result(
        "inverted",
        sorted_map(inverted(&mapping).into_iter().map(|(v, k)| (*v, *k))),
    );
    let mut lengths: Vec<usize> = unique_lengths(&["a", "bb", "cc", "d"])
        .into_iter()
        .collect();
    lengths.sort();
    report.result("unique_lengths", format!("{lengths:?}"));

    report.say("\nThe table's rows where the two sides part:");
    let empty: [i32; 0] = [];
    report.contrast(
        "max of nothing",
        format!("{:?}", empty.iter().max()),
        "table/min-max-option",
    );
    report.contrast(
        "reduce nothing",
        format!("{:?}", empty.iter().copied().reduce(|a, b| a + b)),
        "table/reduce-fold",
    );
    // The table's spellings on purpose: `fold` from a seed, `next` with a default.
    #[allow(clippy::unnecessary_fold)]
    let folded = empty.iter().fold(0, |a, b| a + b);
    report.result("fold nothing from 0", folded);
    #[allow(clippy::iter_next_slice)]
    let next_or_default = empty.iter().next().copied().unwrap_or(-1);
    report.result("next or default", next_or_default);
    let zipped: Vec<(i32, char)> = [1, 2, 3].into_iter().zip("ab".chars()).collect();
    report.result("zip stops short", format!("{zipped:?}"));

    let n = size.unwrap_or(300_000);
    report.say(format!(
        "\nTimed: the sum of the squares below {n} that 3 divides (median of 5)"
    ));
    let (total, seconds) = median_time(|| chain_sum(std::hint::black_box(n)));
    report.timed("chain_sum", total, seconds);
    let (total, seconds) = median_time(|| loop_sum(std::hint::black_box(n)));
    report.timed("loop_sum", total, seconds);
}
