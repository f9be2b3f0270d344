//! Chapter 13, exercise `par_iter_count`: the one-word change that is not enough
//! (ledger: `exercise/par-iter-count`). The sequential version counted long words with a
//! counter its closure mutates; `.iter()` became `.par_iter()` and it no longer compiles.
//!
//! Check your work with `cargo xtask exercise 13`; stuck? `cargo xtask exercise 13 --hint`.

use rayon::prelude::*;

// TODO: make it compile, still in parallel: return the lengths of all words, and how many of
// them are longer than `limit`.
fn lengths_and_long_words(words: &[&str], limit: usize) -> (Vec<usize>, usize) {
    let mut long_words = 0;
    let lengths = words
        .par_iter()
        .map(|word| {
            if word.len() > limit {
                long_words += 1;
            }
            word.len()
        })
        .collect();
    (lengths, long_words)
}

fn main() {
    let words = ["no", "global", "interpreter", "lock"];
    println!("{:?}", lengths_and_long_words(&words, 4));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_keep_the_input_order_and_long_words_are_counted() {
        let words = ["no", "global", "interpreter", "lock"];
        assert_eq!(lengths_and_long_words(&words, 4), (vec![2, 6, 11, 4], 2));
    }

    #[test]
    fn many_words_are_all_counted() {
        let words = vec!["abcdef"; 10_000];
        assert_eq!(lengths_and_long_words(&words, 5).1, 10_000);
    }
}
