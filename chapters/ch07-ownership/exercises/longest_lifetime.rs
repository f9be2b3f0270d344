//! Chapter 7, exercise `longest_lifetime`: two borrowed inputs, one borrowed output (ledger:
//! `exercise/longest-lifetime`).
//!
//! Python returns one of the two strings, and both stay alive as long as anyone needs them:
//!
//! ```python
//! def longest(a: str, b: str) -> str:
//!     return a if len(a) > len(b) else b
//! ```
//!
//! The Rust below does not compile. Check with `cargo xtask exercise 7`.

// TODO: tell the compiler how long the returned `&str` may be used. Do not change the body,
// and keep returning a borrowed `&str` (no `String`).
fn longest(a: &str, b: &str) -> &str {
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
