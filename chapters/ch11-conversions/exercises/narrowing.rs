//! Chapter 11, exercise `narrowing` (ledger: `exercise/narrowing`).
//! Check your work with `cargo xtask exercise 11`; stuck? `cargo xtask exercise 11 --hint`.
//!
//! A row count arrives as an i64 (from a database) and an API wants an i32. Python has one int
//! and nothing to narrow:
//!
//! ```python
//! def page_size(rows: int) -> int:
//!     return rows
//! ```

// TODO: `into` only exists where no value can be lost. Convert with `i32::try_from`, and return
// `Err(rows)` when the count does not fit.
fn page_size(rows: i64) -> Result<i32, i64> {
    let size: i32 = rows.into();
    Ok(size)
}

fn main() {
    println!("{:?}", page_size(250));
    println!("{:?}", page_size(5_000_000_000));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_that_fits_converts_and_one_that_does_not_is_refused() {
        assert_eq!(page_size(250), Ok(250));
        assert_eq!(page_size(-3), Ok(-3));
        assert_eq!(page_size(5_000_000_000), Err(5_000_000_000));
    }
}
