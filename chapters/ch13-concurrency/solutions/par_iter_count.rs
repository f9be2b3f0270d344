//! Chapter 13, exercise `par_iter_count`: the one-word change that is not enough
//! (ledger: `exercise/par-iter-count`). The sequential version counted long words with a
//! counter its closure mutates; `.iter()` became `.par_iter()` and it no longer compiles.
//!
//! Solution: Rayon calls the closure from several threads, so it may not mutate what it
//! captures. Keep the closure pure and let Rayon do the counting (a second parallel pass here;
//! an `AtomicUsize` incremented inside the map would also do).

use rayon::prelude::*;

fn lengths_and_long_words(words: &[&str], limit: usize) -> (Vec<usize>, usize) {
    let lengths: Vec<usize> = words.par_iter().map(|word| word.len()).collect();
    let long_words = lengths.par_iter().filter(|&&len| len > limit).count();
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
