//! Chapter 8, exercise `sibling_import`: reaching a sibling module (ledger:
//! `exercise/sibling-import`).
//!
//! Inside a Python package, `import validators` looks for a top-level module of that name, not
//! the sibling file (implicit relative imports went away with Python 3, PEP 328); the sibling is
//! `from . import validators`:
//!
//! ```python
//! # myproject/utils/helpers.py
//! from . import validators
//! ```
//!
//! A `use` path in Rust starts from a name in scope here: the crate (`crate::`), the parent
//! (`super::`), an item of this module or an external crate. Check your work with
//! `cargo xtask exercise 8`; stuck? `cargo xtask exercise 8 --hint`.

mod utils {
    pub mod validators {
        pub fn is_name(text: &str) -> bool {
            !text.is_empty() && text.chars().all(char::is_alphabetic)
        }
    }

    pub mod helpers {
        // TODO: this path starts from `validators`, which is not a name inside `helpers`. Say
        // where the sibling is.
        use validators::is_name;

        pub fn format_name(first: &str, last: &str) -> Option<String> {
            (is_name(first) && is_name(last)).then(|| format!("{last}, {first}"))
        }
    }
}

fn main() {
    println!("{:?}", utils::helpers::format_name("Ada", "Lovelace"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_a_valid_name() {
        assert_eq!(
            utils::helpers::format_name("Ada", "Lovelace").as_deref(),
            Some("Lovelace, Ada")
        );
    }

    #[test]
    fn refuses_an_empty_part() {
        assert_eq!(utils::helpers::format_name("Ada", ""), None);
    }
}
