//! The exercise: a temperature library, as the lecture solves it.
//! Twin: python_equivalents/ch11_conversions/temperature_library.py
use std::fmt;

use textbook_report::Report;

use crate::shown;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Celsius(pub f64);
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fahrenheit(pub f64);
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kelvin(pub f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

/// Infallible by its type, so it cannot refuse -300 °C: the hole in the lecture's design.
impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + 273.15)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BelowAbsoluteZero;

impl fmt::Display for BelowAbsoluteZero {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "temperature below absolute zero")
    }
}

/// The lecture's check, kept as printed: `NaN < 0.0` is false, so NaN gets through.
impl TryFrom<f64> for Kelvin {
    type Error = BelowAbsoluteZero;

    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value < 0.0 {
            Err(BelowAbsoluteZero)
        } else {
            Ok(Kelvin(value))
        }
    }
}

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}°C", self.0)
    }
}
impl fmt::Display for Fahrenheit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}°F", self.0)
    }
}
impl fmt::Display for Kelvin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}K", self.0)
    }
}

/// The line the lecture's `main` prints first.
pub fn boiling_line() -> String {
    let boiling = Celsius(100.0);
    let f: Fahrenheit = Celsius(100.0).into();
    let k: Kelvin = Celsius(100.0).into();
    format!("{boiling} = {f} = {k}")
}

pub fn demo(report: &Report) {
    report.say("The lecture's solution:");
    report.result("boiling", boiling_line());
    report.result("kelvin_minus_10", shown(Kelvin::try_from(-10.0)));
    report.say("\nWhat its checks let through (\"negative Kelvin is impossible\"):");
    report.contrast(
        "kelvin_from_minus_300_c",
        Kelvin::from(Celsius(-300.0)),
        "exercise/negative-kelvin-possible",
    );
    report.contrast(
        "kelvin_try_from_nan",
        shown(Kelvin::try_from(f64::NAN)),
        "exercise/negative-kelvin-possible",
    );
}
