//! Chapter 6, exercise `or_default`: `x or default`, translated (ledger: `exercise/or-default`).
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
//! Check your work with `cargo xtask exercise 6`; stuck? `cargo xtask exercise 6 --hint`.

// TODO: `||` is for booleans, and an `Option<u32>` is not one. Return 10 when nothing was
// requested, and what was requested otherwise, 0 included (a caller asking for 0 items means it).
fn page_size(requested: Option<u32>) -> u32 {
    requested || 10
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
