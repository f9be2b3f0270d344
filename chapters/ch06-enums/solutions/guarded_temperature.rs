//! Chapter 6, solution of exercise `guarded_temperature`: guards and exhaustiveness
//! (ledger: `exercise/guarded-temperature`).
//!
//! Python's `match` runs the first case whose guard holds, and returns `None` if none does:
//!
//! ```python
//! def temperature(t: int) -> str:
//!     match t:
//!         case t if t > 100:
//!             return "boiling"
//!         case t if t < 0:
//!             return "freezing"
//!         case t if 0 <= t <= 100:
//!             return f"normal: {t}°"
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/guarded_temperature.rs`. Once yours passes,
//! `cargo xtask exercise 6 solution guarded_temperature` shows this file.

// Solved. rustc does not read guards when it checks exhaustiveness (E0004: "match arms with
// guards don't count towards exhaustivity"), so the last arm takes whatever is left, unguarded.
// (`0..=100 => ...` as a range pattern would do too, and be checked.)
fn temperature(t: i32) -> String {
    match t {
        t if t > 100 => "boiling".to_string(),
        t if t < 0 => "freezing".to_string(),
        t => format!("normal: {t}°"),
    }
}

fn main() {
    for t in [105, -3, 37] {
        println!("{}", temperature(t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn above_one_hundred_is_boiling() {
        assert_eq!(temperature(101), "boiling");
        assert_eq!(temperature(i32::MAX), "boiling");
    }

    #[test]
    fn below_zero_is_freezing() {
        assert_eq!(temperature(-1), "freezing");
        assert_eq!(temperature(i32::MIN), "freezing");
    }

    #[test]
    fn the_bounds_are_normal() {
        assert_eq!(temperature(0), "normal: 0°");
        assert_eq!(temperature(100), "normal: 100°");
    }
}
