//! Chapter 7, exercise `initials`: returning a reference to a value that dies (ledger:
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
//! The Rust below does not compile. Check with `cargo xtask exercise 7`.

// TODO: make `initials` compile and return the initials. `letters` is created inside the
// function: what can the function hand back that does not point into it?
fn initials(full_name: &str) -> &str {
    let letters: String = full_name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .collect();
    &letters
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
