//! Chapter 7, solution of exercise `initials`: returning a reference to a value that dies (ledger:
//! `exercise/initials`).
//!
//! In Python the new string lives as long as someone holds it:
//!
//! ```python
//! def initials(full_name: str) -> str:
//!     letters = "".join(word[0] for word in full_name.split())
//!     return letters
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/initials.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution initials` shows this file.

// Solved. `letters` is dropped when the function returns, so a `&str` into it would dangle
// (E0515). Returning the String itself moves it out to the caller, who then owns it: what
// Python does implicitly, by keeping the object alive while it is referenced.
fn initials(full_name: &str) -> String {
    let letters: String = full_name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .collect();
    letters
}

fn main() {
    println!("{}", initials("Grace Brewster Hopper"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_words_give_three_letters() {
        assert_eq!(initials("Grace Brewster Hopper"), "GBH");
    }

    #[test]
    fn no_words_give_no_letters() {
        assert_eq!(initials("   "), "");
    }
}
