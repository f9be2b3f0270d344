//! Chapter 7, solution of exercise `bonus_while_iterating`: changing a Vec while walking it
//! (ledger: `exercise/bonus-while-iterating`).
//!
//! In Python this runs, and the loop also visits the items it appends (harmless here, since no
//! bonus is below 3; with `s + 1` it would never end). With a dict it raises `RuntimeError`:
//!
//! ```python
//! def add_bonuses(scores: list[int]) -> None:
//!     for s in scores:
//!         if s < 3:
//!             scores.append(s + 10)
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/bonus_while_iterating.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution bonus_while_iterating` shows this file.

// Solved. The loop borrowed `scores` while `push` needed it mutably (E0502): a push may move the
// elements to a bigger buffer under the iterator. Collecting the bonuses first ends the shared
// borrow before the Vec is changed, and visits exactly the items that were there at the start.
fn add_bonuses(scores: &mut Vec<i32>) {
    let bonuses: Vec<i32> = scores.iter().filter(|&&s| s < 3).map(|s| s + 10).collect();
    scores.extend(bonuses);
}

fn main() {
    let mut scores = vec![1, 5, 2];
    add_bonuses(&mut scores);
    println!("{scores:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn low_scores_get_a_bonus_at_the_end() {
        let mut scores = vec![1, 5, 2];
        add_bonuses(&mut scores);
        assert_eq!(scores, [1, 5, 2, 11, 12]);
    }

    #[test]
    fn no_scores_no_bonus() {
        let mut scores = Vec::new();
        add_bonuses(&mut scores);
        assert!(scores.is_empty());
    }
}
