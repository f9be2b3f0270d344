//! Chapter 3, exercise `temperature`: the lecture's temperature converter
//! (ledger: `exercise/temperature`).
//!
//! In Python the formula mixes ints and floats freely:
//!
//! ```python
//! def celsius_to_fahrenheit(c: float) -> float:
//!     return c * 9 / 5 + 32
//! ```
//!
//! Rust converts no number behind your back, and the translation below does not compile.
//! Check your work with `cargo xtask exercise 3`; stuck? `cargo xtask exercise 3 --hint`.

// TODO: make `celsius_to_fahrenheit` compile (an `f64` meets only `f64`s), then write
// `classify`: "cold" below 50 °F, "mild" below 77 °F, "hot" from 77 °F on.
fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9 / 5 + 32
}

fn classify(temp_f: f64) -> &'static str {
    let _ = temp_f;
    "TODO"
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
