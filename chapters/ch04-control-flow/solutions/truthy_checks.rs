//! Chapter 4, solution of exercise `truthy_checks`: conditions that must be `bool`
//! (ledger: `cond/condition-must-be-bool`).
//!
//! Python decides whether a list or a string is "true" by itself: empty means false.
//!
//! ```python
//! def describe(items, name):
//!     if items:
//!         if name:
//!             return f"{name} has {len(items)} items"
//!         return f"someone has {len(items)} items"
//!     return "nothing to do"
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/truthy_checks.rs`. Once yours passes, `cargo xtask exercise 4 solution truthy_checks` shows this file.

// Solved. An `if` takes a `bool`: "the list has items" and "the name is not empty" are
// written out, where Python reads them into `if items:` and `if name:`.
fn describe(items: &[i32], name: &str) -> String {
    if !items.is_empty() {
        if !name.is_empty() {
            format!("{name} has {} items", items.len())
        } else {
            format!("someone has {} items", items.len())
        }
    } else {
        "nothing to do".to_string()
    }
}

fn main() {
    println!("{}", describe(&[1, 2], "Alice"));
    println!("{}", describe(&[], "Alice"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_a_name_are_described() {
        assert_eq!(describe(&[1, 2], "Alice"), "Alice has 2 items");
    }

    #[test]
    fn an_empty_name_is_someone() {
        assert_eq!(describe(&[0], ""), "someone has 1 items");
    }

    #[test]
    fn no_items_is_nothing_to_do_whatever_the_name() {
        assert_eq!(describe(&[], "Alice"), "nothing to do");
        assert_eq!(describe(&[], ""), "nothing to do");
    }

    #[test]
    fn a_zero_is_still_an_item() {
        // Python's `if items` is about the list, not its contents: [0] is a true list.
        assert_eq!(describe(&[0, 0], "Bob"), "Bob has 2 items");
    }
}
