//! Chapter 7, solution of exercise `longest_lifetime`: two borrowed inputs, one borrowed output
//! (ledger: `exercise/longest-lifetime`).
//!
//! Python returns one of the two strings, and both stay alive as long as anyone needs them:
//!
//! ```python
//! def longest(a: str, b: str) -> str:
//!     return a if len(a) > len(b) else b
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/longest_lifetime.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution longest_lifetime` shows this file.

// Solved. With two borrowed inputs the elision rules cannot tell which one the result borrows
// from (E0106); rustc does not read the body to find out. `'a` says: the result may be used while
// both inputs are alive, that is, no longer than the shorter-lived of the two.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", longest("borrow", "checker"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longer_string_wins() {
        assert_eq!(longest("ab", "abc"), "abc");
        assert_eq!(longest("abcd", "abc"), "abcd");
    }

    #[test]
    fn a_tie_goes_to_the_second() {
        let (a, b) = (String::from("abc"), String::from("xyz"));
        assert!(std::ptr::eq(longest(&a, &b), b.as_str()));
    }
}
