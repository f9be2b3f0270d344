//! Chapter 2, solution of exercise `semicolon_value`: the semicolon that throws the value away (ledger:
//! `exercise/semicolon-value`).
//!
//! In Python a function returns `None` unless it says `return`:
//!
//! ```python
//! def area(width: float, height: float) -> float:
//!     return width * height
//! ```
//!
//! In Rust the last expression of a block, written without a semicolon, is the block's value.
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/semicolon_value.rs`. Once yours passes, `cargo xtask exercise 2 solution semicolon_value` shows this file.

// Solved. With a semicolon, `width * height;` is a statement whose value is thrown away, and the
// block's value is `()` (E0308: expected `f64`, found `()`). Without it, the expression is the
// function's result.
fn area(width: f64, height: f64) -> f64 {
    width * height
}

fn describe(width: f64, height: f64) -> String {
    let value = area(width, height);
    format!("{width} × {height} = {value}")
}

fn main() {
    println!("{}", describe(2.0, 3.5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_multiplies_the_sides() {
        assert_eq!(area(2.0, 3.5), 7.0);
    }

    #[test]
    fn describe_shows_the_product() {
        assert_eq!(describe(2.0, 3.5), "2 × 3.5 = 7");
    }
}
