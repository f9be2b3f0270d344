//! Chapter 5, solution of exercise `list_get_default`: an item or a default
//! (ledger: `exercise/list-get-default`).
//!
//! The lecture's table pairs `lst.get(i, default)` with `vec.get(i)`, but a Python list has no
//! `get` (that is `dict.get`). What the row means is this:
//!
//! ```python
//! def score_or_zero(scores: list[int], i: int) -> int:
//!     return scores[i] if 0 <= i < len(scores) else 0
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/list_get_default.rs`. Once yours passes,
//! `cargo xtask exercise 5 solution list_get_default` shows this file.

// Solved. `get(i)` is an `Option<&i32>`: `copied` makes it an `Option<i32>`, and `unwrap_or`
// supplies the default for `None`. (`get` takes one argument: two are E0061.)
fn score_or_zero(scores: &[i32], i: usize) -> i32 {
    scores.get(i).copied().unwrap_or(0)
}

fn main() {
    let scores = vec![90, 75, 60];
    println!("{}", score_or_zero(&scores, 1));
    println!("{}", score_or_zero(&scores, 7));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_in_range_gives_its_item() {
        assert_eq!(score_or_zero(&[90, 75, 60], 1), 75);
        assert_eq!(score_or_zero(&[90, 75, 60], 2), 60);
    }

    #[test]
    fn an_index_out_of_range_gives_zero_instead_of_a_panic() {
        assert_eq!(score_or_zero(&[90, 75, 60], 3), 0);
        assert_eq!(score_or_zero(&[], 0), 0);
    }
}
