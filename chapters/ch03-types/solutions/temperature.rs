//! Chapter 3, solution of exercise `temperature`: the lecture's temperature converter
//! (ledger: `exercise/temperature`).
//!
//! In Python the formula mixes ints and floats freely:
//!
//! ```python
//! def celsius_to_fahrenheit(c: float) -> float:
//!     return c * 9 / 5 + 32
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/temperature.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution temperature` shows this file.

// Solved. Every literal in the formula is an `f64` (`9.0`, not `9`): `f64 * {integer}` is E0277,
// where Python turns the int into a float. `if`/`else` is an expression, so `classify` has no
// `return`.
fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn classify(temp_f: f64) -> &'static str {
    if temp_f < 50.0 {
        "cold"
    } else if temp_f < 77.0 {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    for celsius in [0.0, 20.0, 35.0] {
        let fahrenheit = celsius_to_fahrenheit(celsius);
        let class = classify(fahrenheit);
        println!("{celsius:.1}°C = {fahrenheit:.1}°F — {class}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lecture_temperatures_convert_exactly() {
        assert_eq!(celsius_to_fahrenheit(0.0), 32.0);
        assert_eq!(celsius_to_fahrenheit(20.0), 68.0);
        assert_eq!(celsius_to_fahrenheit(35.0), 95.0);
        assert_eq!(celsius_to_fahrenheit(-40.0), -40.0);
    }

    #[test]
    fn the_lecture_temperatures_are_cold_mild_and_hot() {
        let classes: Vec<&str> = [0.0, 20.0, 35.0]
            .map(|c| classify(celsius_to_fahrenheit(c)))
            .to_vec();
        assert_eq!(classes, ["cold", "mild", "hot"]);
    }

    #[test]
    fn the_thresholds_belong_to_the_warmer_class() {
        assert_eq!(classify(49.9), "cold");
        assert_eq!(classify(50.0), "mild");
        assert_eq!(classify(76.9), "mild");
        assert_eq!(classify(77.0), "hot");
    }
}
