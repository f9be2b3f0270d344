//! Chapter 2, exercise `for_consumes`: a `for` loop that uses the list up (ledger:
//! `exercise/for-consumes`).
//!
//! In Python a `for` loop leaves the list as it was:
//!
//! ```python
//! scores = [3, 5, 8]
//! for score in scores:
//!     print(score)
//! print(len(scores))  # 3
//! ```
//!
//! The translation below does not compile. Check your work with `cargo xtask exercise 2`;
//! stuck? `cargo xtask exercise 2 --hint`.

// TODO: make `total_and_count` compile, returning the sum of the scores and how many there are.
// Keep the `for` loop, and keep using `scores` after it.
fn total_and_count(scores: Vec<u32>) -> (u32, usize) {
    let mut total = 0;
    for score in scores {
        total += score;
    }
    (total, scores.len())
}

fn main() {
    println!("{:?}", total_and_count(vec![3, 5, 8]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_and_counts_the_scores() {
        assert_eq!(total_and_count(vec![3, 5, 8]), (16, 3));
        assert_eq!(total_and_count(Vec::new()), (0, 0));
    }
}
