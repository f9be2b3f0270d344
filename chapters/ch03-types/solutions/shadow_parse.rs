//! Chapter 3, solution of exercise `shadow_parse`: a name that changes type
//! (ledger: `exercise/shadow-parse`).
//!
//! Python rebinds a name to a value of another type without a word:
//!
//! ```python
//! input = "42"
//! input = int(input)
//! input = input * 2   # 84
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/shadow_parse.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution shadow_parse` shows this file.

// Solved. Each `let` makes a new variable that may have a new type (shadowing); assigning to a
// `mut` one cannot change its type (E0308).
#[allow(clippy::let_and_return)] // the lecture's three steps, each a `let`, kept as written
fn doubled(text: &str) -> i32 {
    let input = text;
    let input = input.parse::<i32>().unwrap();
    let input = input * 2;
    input
}

fn main() {
    println!("{}", doubled("42"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lecture_input_doubles_to_84() {
        assert_eq!(doubled("42"), 84);
    }

    #[test]
    fn negative_numbers_parse_too() {
        assert_eq!(doubled("-21"), -42);
    }
}
