//! Chapter 5, solution of exercise `word_frequencies`: the word frequency counter
//! (ledger: `exercise/word-frequencies`).
//!
//! In Python the whole exercise is one line:
//!
//! ```python
//! from collections import Counter
//! def word_frequencies(text: str) -> Counter[str]:
//!     return Counter(text.lower().split())
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/word_frequencies.rs`. Once yours passes,
//! `cargo xtask exercise 5 solution word_frequencies` shows this file.

use std::collections::HashMap;

// Solved. `or_insert` returns `&mut usize`, a place holding the count: `+=` needs the count
// itself, so the reference is dereferenced with `*` (without it, E0368).
fn word_frequencies(text: &str) -> HashMap<String, usize> {
    let mut tally = HashMap::new();
    for lowered in text.split_whitespace().map(str::to_lowercase) {
        *tally.entry(lowered).or_insert(0) += 1;
    }
    tally
}

fn main() {
    let sentence = "the quick brown fox jumps over the lazy fox";
    // A HashMap iterates in no particular order: sorted, the output is the same on every run.
    let mut rows: Vec<(String, usize)> = word_frequencies(sentence).into_iter().collect();
    rows.sort();
    for (word, n) in rows {
        println!("{word}: {n}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_is_counted() {
        let freq = word_frequencies("the quick brown fox jumps over the lazy fox");
        assert_eq!(freq["the"], 2);
        assert_eq!(freq["fox"], 2);
        assert_eq!(freq["lazy"], 1);
        assert_eq!(freq.len(), 7);
        // Nine words in all: with `the` and `fox` at 2, each of the other five counts once.
        assert_eq!(freq.values().sum::<usize>(), 9);
    }

    #[test]
    fn counting_ignores_case() {
        let freq = word_frequencies("The THE the");
        assert_eq!(freq.get("the"), Some(&3));
        assert_eq!(freq.len(), 1);
    }

    #[test]
    fn an_empty_text_has_no_words() {
        assert!(word_frequencies("  \n\t ").is_empty());
    }
}
