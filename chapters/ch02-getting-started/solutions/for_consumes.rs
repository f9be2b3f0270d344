//! Chapter 2, solution of exercise `for_consumes`: a `for` loop that uses the list up (ledger:
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
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/for_consumes.rs`. Once yours passes, `cargo xtask exercise 2 solution for_consumes` shows this file.

// Solved. `for score in scores` calls `scores.into_iter()`, which takes the Vec and hands out its
// items: afterwards `scores` is gone (E0382, borrow of moved value). Looping over `&scores` (or
// `scores.iter()`) borrows it instead, and the items come as `&u32`.
fn total_and_count(scores: Vec<u32>) -> (u32, usize) {
    let mut total = 0;
    for score in &scores {
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
