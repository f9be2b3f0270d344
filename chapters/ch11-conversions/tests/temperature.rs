//! The exercise, as the lecture solves it. Ledger: exercise/*.
use chapter_11::temperature_library::{BelowAbsoluteZero, Celsius, Kelvin, boiling_line};

#[test]
fn boiling_water_in_three_scales() {
    assert_eq!(boiling_line(), "100.00°C = 212.00°F = 373.15K");
    assert_eq!(
        Kelvin::try_from(-10.0).unwrap_err().to_string(),
        "temperature below absolute zero"
    );
}

#[test]
fn the_lectures_checks_let_a_negative_kelvin_and_nan_through() {
    let k: Kelvin = Celsius(-300.0).into();
    assert_eq!(k.to_string(), "-26.85K");
    let nan = Kelvin::try_from(f64::NAN).expect("NaN < 0.0 is false, so the check passes");
    assert!(nan.0.is_nan());
    assert_eq!(Kelvin::try_from(-0.0001), Err(BelowAbsoluteZero));
}

#[test]
fn absolute_zero_in_celsius_is_zero_kelvin() {
    // -273.15 °C = 0 K by the SI's definition; in f64, -273.15 + 273.15 is exactly 0.
    let k: Kelvin = Celsius(-273.15).into();
    assert_eq!(k, Kelvin(0.0));
    assert_eq!(k.to_string(), "0.00K");
    assert_eq!(Kelvin::try_from(0.0), Ok(Kelvin(0.0)));
}
