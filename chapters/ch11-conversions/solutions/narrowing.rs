//! Chapter 11, solution of exercise `narrowing` (ledger: `exercise/narrowing`).
//!
//! A row count arrives as an i64 (from a database) and an API wants an i32. Python has one int
//! and nothing to narrow:
//!
//! ```python
//! def page_size(rows: int) -> int:
//!     return rows
//! ```

// Solved: TryFrom checks the range; the TryFromIntError says nothing the caller needs, so the
// count itself is returned.
fn page_size(rows: i64) -> Result<i32, i64> {
    i32::try_from(rows).map_err(|_| rows)
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
