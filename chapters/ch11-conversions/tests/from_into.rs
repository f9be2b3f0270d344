//! Type conversions and Rust's From/Into. Ledger: intro/*, from-into/*.
use std::mem::size_of;
use std::str::FromStr;

use chapter_11::from_into::{
    Celsius, Fahrenheit, as_casts, narrow, parse_then_double, to_celsius, widen,
};
use chapter_11::user_id::UserId;

#[test]
fn a_newtype_from_adds_no_bytes_but_string_from_copies() {
    // The wrapper is free: a UserId is its i64, nothing more.
    assert_eq!(size_of::<UserId>(), size_of::<i64>());
    assert_eq!(UserId::from(7).0, 7);
    // From<&str> for String is not free: it allocates and copies the bytes.
    let literal: &str = "hello";
    let owned = String::from(literal);
    assert_eq!(owned, literal);
    assert_ne!(literal.as_ptr(), owned.as_ptr());
    assert!(owned.capacity() >= 5);
}

#[test]
fn as_casts_convert_without_checking() {
    // 300 wraps to 44, -1 becomes u32::MAX, 3.99 truncates, NaN saturates to 0: no error anywhere.
    assert_eq!(as_casts(), (44, 4294967295, 3, 0));
    // Toward zero, as Python's int() truncates: -3.99 gives -3, not -4.
    assert_eq!(-3.99f64 as i32, -3);
}

#[test]
fn celsius_from_and_fahrenheit_into_give_100() {
    let c1 = Celsius::from(Fahrenheit(212.0));
    let c2: Celsius = Fahrenheit(212.0).into();
    assert_eq!(c1, Celsius(100.0));
    assert_eq!(c2, Celsius(100.0));
}

#[test]
fn into_comes_from_the_blanket_impl_over_from() {
    // chapter_11 implements only From<Fahrenheit> for Celsius; `to_celsius` asks for Into.
    assert_eq!(to_celsius(Fahrenheit(32.0)), Celsius(0.0));
    // The reflexive impl: a Celsius is Into<Celsius> too.
    assert_eq!(to_celsius(Celsius(21.5)), Celsius(21.5));
}

#[test]
fn three_ways_to_an_owned_string_give_the_same_string() {
    let from = String::from("hello");
    let to_string = "hello".to_string();
    let into: String = "hello".into();
    assert_eq!(from, to_string);
    assert_eq!(to_string, into);
}

#[test]
fn i32_widens_into_i64_and_i64_narrows_only_by_try_from() {
    assert_eq!(widen(42), 42i64);
    assert_eq!(widen(i32::MIN), -2_147_483_648i64);
    assert_eq!(narrow(42), "42");
    assert_eq!(
        narrow(i64::MAX),
        "error: out of range integral type conversion attempted"
    );
}

#[test]
fn std_has_from_where_lossless_on_every_target() {
    assert_eq!(f64::from(i32::MAX), 2_147_483_647.0);
    assert_eq!(u32::from('é'), 0xE9);
    assert_eq!(char::from(65u8), 'A');
    assert_eq!(usize::from(u16::MAX), 65_535);
    // u32 → usize has only TryFrom (E0277 for From: tests/ui/from_into/usize-from-u32.rs).
    assert_eq!(usize::try_from(7u32), Ok(7));
}

#[test]
fn parse_goes_through_from_str() {
    // `str::parse::<F>()` is `F::from_str`: the same function, the same error.
    assert_eq!("42".parse::<i32>(), i32::from_str("42"));
    assert_eq!("x".parse::<i32>(), i32::from_str("x"));
    assert_eq!(
        "x".parse::<i32>().unwrap_err().to_string(),
        "invalid digit found in string"
    );
}

#[test]
fn parse_returns_ok_42_or_an_err() {
    let n: Result<i32, _> = "42".parse();
    assert_eq!(n, Ok(42));
    let bad: Result<i32, _> = "forty-two".parse();
    assert!(bad.is_err());
}

#[test]
#[should_panic(
    expected = "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }"
)]
fn unwrap_panics_when_the_text_is_not_a_number() {
    let n: i32 = "forty-two".parse().unwrap();
    println!("{n}");
}

#[test]
fn the_question_mark_hands_the_parse_error_to_the_caller() {
    assert_eq!(parse_then_double("21"), Ok(42));
    assert_eq!(
        parse_then_double("").unwrap_err().to_string(),
        "cannot parse integer from empty string"
    );
}
