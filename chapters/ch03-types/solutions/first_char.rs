//! Chapter 3, solution of exercise `first_char`: `s[0]` on a string
//! (ledger: `strings/no-integer-index`).
//!
//! Python indexes a str by code point:
//!
//! ```python
//! "éclair"[0]   # 'é'
//! ""[0]         # IndexError: string index out of range
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/first_char.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution first_char` shows this file.

// Solved. `str` cannot be indexed by an integer (E0277): ask for characters instead, which
// decodes the UTF-8 bytes. `chars().next()` is `None` for an empty string.
fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn main() {
    println!("{:?}", first_char("éclair"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ascii_word_starts_with_its_first_letter() {
        assert_eq!(first_char("alice"), Some('a'));
    }

    #[test]
    fn a_two_byte_letter_is_one_char() {
        assert_eq!(first_char("éclair"), Some('é'));
    }

    #[test]
    fn an_empty_string_has_no_first_char() {
        assert_eq!(first_char(""), None);
    }
}
