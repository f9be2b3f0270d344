//! The exercise: a temperature library, as the lecture solves it.
//! Twin: python_equivalents/ch11_conversions/temperature_library.py
use std::fmt::{self, Display, Formatter};

use textbook_report::Report;

use crate::shown;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Celsius(pub f64);
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fahrenheit(pub f64);
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kelvin(pub f64);

impl From<Celsius> for Fahrenheit {
    fn from(Celsius(degrees): Celsius) -> Fahrenheit {
        Fahrenheit(degrees * 9.0 / 5.0 + 32.0)
    }
}

/// Infallible by its type, so it cannot refuse -300 °C: the hole in the lecture's design.
impl From<Celsius> for Kelvin {
    fn from(Celsius(degrees): Celsius) -> Kelvin {
        Kelvin(degrees + 273.15)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BelowAbsoluteZero;

impl Display for BelowAbsoluteZero {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("temperature below absolute zero")
    }
}

/// The lecture's test, `value < 0.0`, kept on purpose: `NaN < 0.0` is false, so NaN gets through.
impl TryFrom<f64> for Kelvin {
    type Error = BelowAbsoluteZero;

    fn try_from(kelvins: f64) -> Result<Kelvin, BelowAbsoluteZero> {
        if kelvins < 0.0 {
            return Err(BelowAbsoluteZero);
        }
        Ok(Kelvin(kelvins))
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
