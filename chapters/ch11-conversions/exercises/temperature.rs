//! Chapter 11, exercise `temperature` (ledger: `exercise/temperature`).
//! Check your work with `cargo xtask exercise 11`; stuck? `cargo xtask exercise 11 --hint`.
//!
//! The lecture's challenge: Celsius, Fahrenheit and Kelvin; `From<Celsius>` for the other two;
//! `TryFrom<f64> for Kelvin` refusing values below absolute zero; Display as `100.00°C`.
//! In Python, one `__init__` would both convert and validate:
//!
//! ```python
//! class Kelvin:
//!     def __init__(self, value: float):
//!         if value < 0.0:
//!             raise ValueError("temperature below absolute zero")
//!         self.value = value
//! ```
use std::fmt::{self, Display, Formatter};

struct Celsius(f64);
struct Fahrenheit(f64);
struct Kelvin(f64);

#[derive(Debug, PartialEq)]
struct BelowAbsoluteZero;

impl Display for BelowAbsoluteZero {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("temperature below absolute zero")
    }
}

// TODO: implement `From<Celsius> for Fahrenheit` (°F = °C × 9/5 + 32) and
// `From<Celsius> for Kelvin` (K = °C + 273.15), then `TryFrom<f64> for Kelvin` with
// `type Error = BelowAbsoluteZero`, refusing every value that is not ≥ 0 (NaN too).

/// Two decimals, then the unit: the challenge's `100.00°C`.
fn with_unit(f: &mut Formatter<'_>, value: f64, unit: &str) -> fmt::Result {
    write!(f, "{value:.2}{unit}")
}

impl Display for Celsius {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with_unit(f, self.0, "°C")
    }
}

impl Display for Fahrenheit {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with_unit(f, self.0, "°F")
    }
}

impl Display for Kelvin {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with_unit(f, self.0, "K")
    }
}

fn boiling() -> String {
    let f: Fahrenheit = Celsius(100.0).into();
    let k: Kelvin = Celsius(100.0).into();
    format!("{} = {f} = {k}", Celsius(100.0))
}

fn kelvin(value: f64) -> Result<String, BelowAbsoluteZero> {
    Kelvin::try_from(value).map(|k| k.to_string())
}

fn main() {
    println!("{}", boiling());
    match kelvin(-10.0) {
        Ok(k) => println!("{k}"),
        Err(e) => println!("Error: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boiling_water_in_three_scales() {
        assert_eq!(boiling(), "100.00°C = 212.00°F = 373.15K");
    }

    #[test]
    fn kelvin_refuses_negative_values_and_nan() {
        assert_eq!(kelvin(0.0).as_deref(), Ok("0.00K"));
        assert_eq!(kelvin(-10.0), Err(BelowAbsoluteZero));
        assert_eq!(kelvin(f64::NAN), Err(BelowAbsoluteZero));
    }
}
