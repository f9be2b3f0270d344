//! Type conversions, and Rust's From/Into. Twin: python_equivalents/ch11_conversions/from_into.py
use std::num::ParseIntError;

use textbook_report::{Report, rejected};

use crate::shown;

/// The lecture's pair: a conversion written once, as `From`, and called both ways.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Celsius(pub f64);
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fahrenheit(pub f64);

impl From<Fahrenheit> for Celsius {
    fn from(Fahrenheit(degrees): Fahrenheit) -> Celsius {
        Celsius((degrees - 32.0) * 5.0 / 9.0)
    }
}

/// Uses only `Into`: that `Fahrenheit` gets in proves the blanket impl wrote it.
pub fn to_celsius(temperature: impl Into<Celsius>) -> Celsius {
    temperature.into()
}

/// Widening: `From<i32> for i64` exists, so `into` does.
pub fn widen(n: i32) -> i64 {
    n.into()
}

/// Narrowing has no `From`; `TryFrom` says whether the value fits.
pub fn narrow(n: i64) -> String {
    shown(i32::try_from(n))
}

/// `?` passes a `ParseIntError` up to a caller whose return type can hold it.
pub fn parse_then_double(text: &str) -> Result<i32, ParseIntError> {
    let n: i32 = text.parse()?;
    Ok(n * 2)
}

/// What `as` does with values that do not fit: it cuts, wraps or saturates, and never fails.
#[allow(clippy::cast_nan_to_int)] // NaN's cast is one of the cases shown
pub fn as_casts() -> (u8, u32, i32, i32) {
    let big = 300i32;
    let negative = -1i32;
    (big as u8, negative as u32, 3.99f64 as i32, f64::NAN as i32)
}

pub fn demo(report: &Report) {
    report.say("A conversion written once as From<Fahrenheit> for Celsius, called both ways:");
    report.result(
        "celsius_from",
        format!("{:.1}", Celsius::from(Fahrenheit(212.0)).0),
    );
    let c2: Celsius = Fahrenheit(212.0).into();
    report.result("fahrenheit_into", format!("{:.1}", c2.0));
    report.say("\nText and numbers (the Python side calls int(), str(), list()):");
    let from: String = String::from("hello");
    report.result("string_from", from);
    report.result("widen_i32", widen(42));
    report.result("parse_i32", shown("42".parse::<i32>()));
    report.result("list_from_tuple", format!("{:?}", Vec::from([1, 2, 3])));
    report.say("\nNarrowing is refused by From, checked by TryFrom:");
    report.contrast(
        "i64_into_i32",
        rejected(include_str!("../tests/ui/from_into/i64-into-i32.stderr")),
        "from-into/no-from-i64-for-i32",
    );
    report.result("narrow_fits", narrow(42));
    report.contrast(
        "narrow_overflows",
        narrow(i64::MAX),
        "from-into/no-from-i64-for-i32",
    );
    report.say("\n`as` converts too, and never fails (Python's int() has no width to cut to):");
    report.contrast("as_u8_of_300", as_casts().0, "intro/rust-uses-from-into");
    report.result("truncate_3_99", as_casts().2);
}
