//! Chapter 1, exercise `none_upper`: `.upper()` on a value that may be absent
//! (ledger: `exercise/none-upper`).
//!
//! Python lets any name be `None`, and finds out when the program runs:
//!
//! ```python
//! data = None
//! print(data.upper())  # AttributeError: 'NoneType' object has no attribute 'upper'
//! ```
//!
//! In Rust a value that may be absent is an `Option`, and the translation below does not
//! compile. Check your work with `cargo xtask exercise 1`; stuck? `cargo xtask exercise 1 --hint`.

// TODO: `name` may be absent. Make `greeting` compile and return "HELLO, ALICE" for
// `Some("alice")` and "HELLO, STRANGER" for `None`: Rust makes you say what an absent name means
// before the program runs.
fn greeting(name: Option<&str>) -> String {
    format!("HELLO, {}", name.to_uppercase())
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
