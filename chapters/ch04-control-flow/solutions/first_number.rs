//! Chapter 4, solution of exercise `first_number`: a loop that breaks with a value
//! (ledger: `loops/loop-break-value`).
//!
//! The first input that is a whole number, in Python:
//!
//! ```python
//! def first_number(inputs):
//!     for text in inputs:
//!         try:
//!             return int(text)
//!         except ValueError:
//!             print("Not a number, try again")
//!     return None
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/first_number.rs`. Once yours passes, `cargo xtask exercise 4 solution first_number` shows this file.

// Solved. `break` with a value is for `loop` only (a `while` may end without one, E0571), so
// the loop is a `loop` that breaks with `None` itself when the inputs run out. A `for` with
// `return Some(number)` inside is the other natural answer.
fn first_number(inputs: &[&str]) -> Option<i32> {
    let mut i = 0;
    loop {
        let Some(text) = inputs.get(i) else {
            break None;
        };
        if let Ok(number) = text.trim().parse::<i32>() {
            break Some(number);
        }
        println!("Not a number, try again");
        i += 1;
    }
}

fn main() {
    println!("{:?}", first_number(&["seven", "42\n"]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_number_wins() {
        assert_eq!(first_number(&["seven", "42\n", "43"]), Some(42));
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(first_number(&["  -7 \n"]), Some(-7));
    }

    #[test]
    fn no_number_is_none() {
        assert_eq!(first_number(&["seven", "4 2"]), None);
        assert_eq!(first_number(&[]), None);
    }
}
