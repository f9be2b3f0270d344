//! The lecture's exercise, the word frequency counter: `Counter(s.lower().split())` in Python,
//! `split_whitespace`, `to_lowercase` and the entry API in Rust. The two agree on ordinary text,
//! but not on what counts as whitespace: Python's `str.split()` also splits at the ASCII
//! separator controls U+001C–U+001F, which Unicode's White_Space (Rust's) does not include.

use std::collections::HashMap;

use textbook_report::{Report, rejected};

use crate::maps::sorted;

/// The exercise's function, `Counter(text.lower().split())`. The `*` is needed: `or_insert`
/// returns `&mut usize`, and `+=` on the reference itself is E0368 (exercises/word_frequencies.rs).
pub fn word_frequencies(text: &str) -> HashMap<String, usize> {
    let mut tally = HashMap::new();
    for lowered in text.split_whitespace().map(str::to_lowercase) {
        *tally.entry(lowered).or_insert(0) += 1;
    }
    tally
}

/// `Counter.most_common()`'s order: count descending, then (as Counter does) first seen first;
/// a HashMap remembers no "first seen", so ties are broken by the word itself here.
pub fn most_common(counts: &HashMap<String, usize>) -> Vec<(String, usize)> {
    let mut pairs: Vec<(String, usize)> = counts.iter().map(|(w, c)| (w.clone(), *c)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pairs
}

pub const TEXT: &str = "the quick brown fox jumps over the lazy fox";

pub fn demo(report: &Report) {
    report.say("The lecture's sentence, counted (in key order on both sides):");
    let freq = word_frequencies(TEXT);
    report.result("frequencies", sorted(freq.clone()));
    report.contrast(
        "top_two",
        crate::json(&most_common(&freq)[..2]),
        "exercise/counter-equivalent",
    );
    report.result("mixed_case", sorted(word_frequencies("The THE the Fox")));
    report.result(
        "unicode_case",
        sorted(word_frequencies("Straße STRASSE ΟΔΟΣ οδος")),
    );

    report.say(
        "\nWhere the two disagree: the ASCII unit separator (U+001F) is whitespace to Python only:",
    );
    report.contrast(
        "unit_separator",
        sorted(word_frequencies("a\u{1f}b a")),
        "exercise/counter-equivalent",
    );

    report.say("\nWithout the `*` (the exercise's template, rustc's words):");
    report.contrast(
        "without_deref",
        rejected(include_str!("../exercises/word_frequencies.stderr")),
        "exercise/word-frequencies",
    );
}
