//! Chapter 7, exercise `bonus_while_iterating`: changing a Vec while walking it (ledger:
//! `exercise/bonus-while-iterating`).
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
//! The Rust below does not compile. Check with `cargo xtask exercise 7`.

// TODO: append `s + 10` for every score below 3 that was in the list *before* the call, in
// order. Keep `scores: &mut Vec<i32>`; find the bonuses first, then add them.
fn add_bonuses(scores: &mut Vec<i32>) {
    for s in scores.iter() {
        if *s < 3 {
            scores.push(s + 10);
        }
    }
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
