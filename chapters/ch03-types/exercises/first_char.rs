//! Chapter 3, exercise `first_char`: `s[0]` on a string (ledger: `strings/no-integer-index`).
//!
//! Python indexes a str by code point:
//!
//! ```python
//! "éclair"[0]   # 'é'
//! ""[0]         # IndexError: string index out of range
//! ```
//!
//! A Rust string is UTF-8 bytes, where one character may take several, so it cannot be indexed
//! by a number, and the function below does not compile. Check your work with
//! `cargo xtask exercise 3`; stuck? `cargo xtask exercise 3 --hint`.

// TODO: make `first_char` compile: the first character of `s`, or `None` for an empty string.
fn first_char(s: &str) -> Option<char> {
    Some(s[0])
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
