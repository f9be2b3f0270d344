//! String conversion patterns and the quick reference. Ledger: strings/*, ref/*.
use std::collections::HashMap;

use chapter_11::string_conversions::{Point, dict_from_pairs, parse_float, parse_int, two_places};

#[test]
fn borrowing_a_string_as_str_copies_nothing() {
    let s = String::from("hello");
    let coerced: &str = &s;
    let explicit: &str = s.as_str();
    assert_eq!(coerced.as_ptr(), s.as_ptr());
    assert_eq!(explicit.as_ptr(), s.as_ptr());
}

#[test]
fn each_str_to_string_conversion_allocates_a_copy() {
    let r: &str = "hello";
    let s1 = String::from(r);
    let s2 = r.to_string();
    let s3: String = r.into();
    for owned in [&s1, &s2, &s3] {
        assert_eq!(owned, r);
        assert_ne!(owned.as_ptr(), r.as_ptr());
    }
    assert_ne!(s1.as_ptr(), s2.as_ptr());
    assert_ne!(s2.as_ptr(), s3.as_ptr());
    assert_ne!(s1.as_ptr(), s3.as_ptr());
}

#[test]
#[allow(clippy::approx_constant)] // 3.14 is the lecture's value
fn numbers_format_as_python_formats_them() {
    assert_eq!(42.to_string(), "42");
    assert_eq!(two_places(3.14), "3.14");
    // Both round the exact binary value, ties to even: 2.675 is 2.67499999…, 0.125 is a tie.
    assert_eq!(two_places(2.675), "2.67");
    assert_eq!(two_places(0.125), "0.12");
    assert_eq!(two_places(2.5), "2.50");
    assert_eq!(format!("{:.0}", 2.5), "2");
}

#[test]
fn parse_i32_refuses_what_int_accepts() {
    assert_eq!(parse_int("42"), "42");
    assert_eq!(parse_int("+42"), "42");
    for lenient in [" 42 ", "4_2", "٤٢"] {
        assert_eq!(parse_int(lenient), "error: invalid digit found in string");
    }
}

#[test]
fn parse_f64_refuses_spaces_and_underscores_and_spells_nan_its_way() {
    assert_eq!(parse_float("3.14"), "3.14");
    assert_eq!(parse_float("inf"), "inf");
    assert_eq!(parse_float("infinity"), "inf");
    assert_eq!(parse_float(".5"), "0.5");
    assert_eq!(parse_float("nan"), "NaN");
    assert_eq!(parse_float(" 3.14"), "error: invalid float literal");
    assert_eq!(parse_float("1_000.5"), "error: invalid float literal");
}

#[test]
fn a_point_displays_as_1_2_and_display_gives_to_string() {
    let p = Point { x: 1.0, y: 2.0 };
    assert_eq!(format!("{p}"), "(1, 2)");
    assert_eq!(p.to_string(), "(1, 2)");
    assert_eq!(Point { x: 1.5, y: -0.0 }.to_string(), "(1.5, -0)");
}

#[test]
fn collect_builds_the_type_it_is_asked_for() {
    let v = (1..4).collect::<Vec<_>>();
    assert_eq!(v, [1, 2, 3]);
    let text: String = ['o', 'k'].into_iter().collect();
    assert_eq!(text, "ok");
}

#[test]
fn collecting_pairs_keeps_the_last_value_of_a_repeated_key() {
    assert_eq!(dict_from_pairs(&[("a", 1), ("b", 2), ("a", 3)]), "a=3, b=2");
    let map = [("k", 1), ("k", 2)].into_iter().collect::<HashMap<_, _>>();
    assert_eq!(map["k"], 2);
}

#[test]
fn integers_come_from_bool_but_bool_from_no_integer() {
    // From<bool> for the integers exists; std has no From<integer> for bool.
    assert_eq!(i32::from(true), 1);
    assert_eq!(u8::from(false), 0);
}
