//! Chapter 11, solution of exercise `temperature` (ledger: `exercise/temperature`).
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

impl From<Celsius> for Fahrenheit {
    fn from(Celsius(degrees): Celsius) -> Fahrenheit {
        Fahrenheit(degrees * 9.0 / 5.0 + 32.0)
    }
}

// As the challenge asks. Mind the hole it leaves: From cannot refuse, so `Celsius(-300.0).into()`
// is a Kelvin of -26.85 that no TryFrom ever checked (ledger: exercise/negative-kelvin-possible).
// A Kelvin that is never negative would take `TryFrom<Celsius>` instead.
impl From<Celsius> for Kelvin {
    fn from(Celsius(degrees): Celsius) -> Kelvin {
        Kelvin(degrees + 273.15)
    }
}

impl TryFrom<f64> for Kelvin {
    type Error = BelowAbsoluteZero;

    // Solved: `value >= 0.0` is false for NaN, so asking it this way round refuses NaN too
    // (the lecture's `value < 0.0` lets NaN through).
    fn try_from(kelvins: f64) -> Result<Kelvin, BelowAbsoluteZero> {
        if kelvins >= 0.0 {
            Ok(Kelvin(kelvins))
        } else {
            Err(BelowAbsoluteZero)
        }
    }
}

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
