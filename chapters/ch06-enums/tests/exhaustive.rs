//! Exhaustive matching. Ledger: `exhaustive/*`.
use chapter_06::exhaustive::{Color, color_hex, describe, describe_by_ranges};

#[test]
fn describe_names_zero_and_one_and_everything_else_is_other() {
    assert_eq!(describe(0), "zero");
    assert_eq!(describe(1), "one");
    assert_eq!(describe(42), "other");
    assert_eq!(describe(i32::MIN), "other");
}

#[test]
fn ranges_cover_every_i32_without_a_wildcard() {
    for value in [i32::MIN, -1, 0, 1, 2, i32::MAX] {
        let by_ranges = describe_by_ranges(value);
        if value < 0 {
            assert_eq!(by_ranges, "negative");
        } else {
            assert_eq!(by_ranges, describe(value), "{value}");
        }
    }
}

#[test]
fn three_colours_need_three_arms_and_no_wildcard() {
    assert_eq!(color_hex(Color::Red), "#ff0000");
    assert_eq!(color_hex(Color::Green), "#00ff00");
    assert_eq!(color_hex(Color::Blue), "#0000ff");
}
