//! Chapter 4, exercise `tail_semicolon`: the semicolon rule (ledger: `expr/semicolon-rule`).
//!
//! In Python a function returns what its `return` statement says:
//!
//! ```python
//! def fahrenheit(celsius: float) -> float:
//!     return celsius * 9 / 5 + 32
//! ```
//!
//! In Rust a function returns its body's tail: the last expression, written without a
//! semicolon. Check your work with `cargo xtask exercise 4`; stuck? `cargo xtask exercise 4 --hint`.

// TODO: `fahrenheit` says it returns an `f64`, but its body is worth `()`. Make it return the
// converted temperature, so that it compiles and the tests below pass.
fn fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0;
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
