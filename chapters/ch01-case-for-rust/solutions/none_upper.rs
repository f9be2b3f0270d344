//! Chapter 1, solution of exercise `none_upper`: `.upper()` on a value that may be absent
//! (ledger: `exercise/none-upper`).
//!
//! Python lets any name be `None`, and finds out when the program runs:
//!
//! ```python
//! data = None
//! print(data.upper())  # AttributeError: 'NoneType' object has no attribute 'upper'
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/none_upper.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution none_upper` shows this file.

// Solved. An `Option<&str>` is not a string and has no `to_uppercase` (E0599): the compiler
// refuses until both cases are handled, where Python raises `AttributeError` at run time.
fn greeting(name: Option<&str>) -> String {
    match name {
        Some(name) => format!("HELLO, {}", name.to_uppercase()),
        None => "HELLO, STRANGER".to_string(),
    }
}

fn main() {
    println!("{}", greeting(Some("alice")));
    println!("{}", greeting(None));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_present_name_is_upper_cased() {
        assert_eq!(greeting(Some("alice")), "HELLO, ALICE");
    }

    #[test]
    fn an_absent_name_is_a_stranger() {
        assert_eq!(greeting(None), "HELLO, STRANGER");
    }

    #[test]
    fn upper_casing_is_not_only_ascii() {
        assert_eq!(greeting(Some("zoë")), "HELLO, ZOË");
    }
}
