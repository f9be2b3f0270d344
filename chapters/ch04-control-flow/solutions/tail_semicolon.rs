//! Chapter 4, solution of exercise `tail_semicolon`: the semicolon rule (ledger: `expr/semicolon-rule`).
//!
//! In Python a function returns what its `return` statement says:
//!
//! ```python
//! def fahrenheit(celsius: float) -> float:
//!     return celsius * 9 / 5 + 32
//! ```
//!
//! In Rust a function returns its body's tail: the last expression, written without a
//! semicolon.
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/tail_semicolon.rs`. Once yours passes, `cargo xtask exercise 4 solution tail_semicolon` shows this file.

// Solved. Without the semicolon the expression is the body's tail, and its value is returned.
// (`return celsius * 9.0 / 5.0 + 32.0;` works too; the tail is the idiom.)
fn fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn main() {
    println!("{}", fahrenheit(100.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn water_boils_at_212() {
        assert_eq!(fahrenheit(100.0), 212.0);
    }

    #[test]
    fn minus_forty_is_the_same_on_both_scales() {
        assert_eq!(fahrenheit(-40.0), -40.0);
    }

    #[test]
    fn water_freezes_at_32() {
        assert_eq!(fahrenheit(0.0), 32.0);
    }
}
