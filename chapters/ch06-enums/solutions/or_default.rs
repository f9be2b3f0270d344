//! Chapter 6, solution of exercise `or_default`: `x or default`, translated (ledger: `exercise/or-default`).
//!
//! A page size that the caller may leave out, in Python:
//!
//! ```python
//! def page_size(requested: int | None) -> int:
//!     return requested or 10
//!
//! page_size(None)  # 10
//! page_size(0)     # 10 as well: `or` replaces every falsy value, not only None
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/or_default.rs`. Once yours passes,
//! `cargo xtask exercise 6 solution or_default` shows this file.

// Solved. `requested || 10` is E0308 (`||` wants booleans); `unwrap_or` replaces `None` only,
// so `Some(0)` stays 0. Python's exact twin is `10 if requested is None else requested`.
fn page_size(requested: Option<u32>) -> u32 {
    requested.unwrap_or(10)
}

fn main() {
    for requested in [Some(25), None, Some(0)] {
        println!("{requested:?} -> {}", page_size(requested));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_requested_gives_ten() {
        assert_eq!(page_size(None), 10);
    }

    #[test]
    fn a_request_is_kept() {
        assert_eq!(page_size(Some(25)), 25);
    }

    #[test]
    fn a_request_for_zero_is_kept_where_python_or_gives_ten() {
        assert_eq!(page_size(Some(0)), 0);
    }
}
