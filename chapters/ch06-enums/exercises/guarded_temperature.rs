//! Chapter 6, exercise `guarded_temperature`: guards and exhaustiveness
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
//! Check your work with `cargo xtask exercise 6`; stuck? `cargo xtask exercise 6 --hint`.

// TODO: the three guards cover every i32, yet rustc refuses the match. Make it compile without
// changing what any temperature gives.
fn temperature(t: i32) -> String {
    match t {
        t if t > 100 => "boiling".to_string(),
        t if t < 0 => "freezing".to_string(),
        t if (0..=100).contains(&t) => format!("normal: {t}°"),
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
