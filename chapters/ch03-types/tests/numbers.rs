//! Primitive types at run time, and overflow in both build profiles. Ledger: `numbers/*`.
// The lecture's 3.14 is its float literal, not an approximation of PI.
#![allow(clippy::approx_constant)]

mod common;

use std::hint::black_box;
use std::mem::size_of;

use chapter_03::numeric_types::{
    digits_summary, inferred_from_later_use, inferred_types, integer_widths, power_of_two_decimal,
    python_index,
};
use chapter_03::type_of;
use common::{run, rustc};
use textbook_harness::panic_message;

#[test]
fn integer_types_have_the_width_in_their_name() {
    let widths = integer_widths();
    assert_eq!(
        widths[..5],
        [("i8", 1), ("i16", 2), ("i32", 4), ("i64", 8), ("i128", 16)]
    );
    assert_eq!(size_of::<u128>(), 16);
}

#[test]
fn unsigned_types_start_at_zero_and_match_the_signed_widths() {
    let unsigned = [
        (size_of::<u8>(), u128::from(u8::MAX)),
        (size_of::<u16>(), u128::from(u16::MAX)),
        (size_of::<u32>(), u128::from(u32::MAX)),
        (size_of::<u64>(), u128::from(u64::MAX)),
        (size_of::<u128>(), u128::MAX),
    ];
    for (bytes, max) in unsigned {
        assert_eq!(
            max,
            u128::MAX >> (128 - 8 * bytes),
            "all {bytes} bytes hold magnitude"
        );
    }
    assert_eq!((u8::MIN, u128::MIN, usize::MIN), (0, 0, 0));
    assert_eq!(size_of::<usize>(), size_of::<isize>());
    assert_eq!(0_u8.checked_sub(1), None, "no negative values at all");
}

#[test]
fn usize_and_isize_are_pointer_sized() {
    assert_eq!(size_of::<usize>(), size_of::<*const u8>());
    assert_eq!(size_of::<isize>(), size_of::<*const u8>());
    let length = vec![1, 2, 3].len();
    assert_eq!(type_of(&length), "usize");
}

#[test]
fn two_to_the_1000_has_302_digits() {
    let decimal = power_of_two_decimal(1000);
    assert_eq!(decimal.len(), 302);
    assert_eq!(
        digits_summary(&decimal),
        "302 digits: 1071508607…5668069376"
    );
    // The doubling itself, checked where u128 can still hold the answer.
    assert_eq!(power_of_two_decimal(127), (1_u128 << 127).to_string());
}

#[test]
fn i128_holds_two_to_the_100_but_not_two_to_the_127() {
    assert_eq!(
        2_i128.pow(100).to_string(),
        "1267650600228229401496703205376"
    );
    assert_eq!(2_i128.checked_pow(126), Some(1 << 126));
    assert_eq!(2_i128.checked_pow(127), None);
    assert_eq!(u128::MAX.checked_add(1), None, "no wider integer in std");
}

#[test]
fn overflow_panics_in_a_build_with_overflow_checks() {
    // `cargo test` builds with the dev profile, whose overflow checks are on.
    let message = panic_message(|| {
        let _ = black_box(255_u8) + black_box(1_u8);
    });
    assert_eq!(message, "attempt to add with overflow");
}

#[test]
fn checked_wrapping_and_saturating_say_what_overflow_means() {
    assert_eq!(255_u8.checked_add(1), None);
    assert_eq!(255_u8.wrapping_add(1), 0);
    assert_eq!(255_u8.saturating_add(1), 255);
}

#[test]
fn a_dev_profile_build_panics_on_overflow() {
    // Cargo's dev profile: opt-level 0, debug assertions and so overflow checks on.
    let (built, scratch) = rustc("overflow-at-run-time.rs", "dev", &["-C", "opt-level=0"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let output = run(&scratch);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(101), "{stderr}");
    assert!(stderr.contains("attempt to add with overflow"), "{stderr}");
}

#[test]
fn a_release_profile_build_wraps_silently() {
    // Cargo's release profile: opt-level 3, no debug assertions, so no overflow checks.
    let (built, scratch) = rustc("overflow-at-run-time.rs", "release", &["-C", "opt-level=3"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let output = run(&scratch);
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout), "0\n");
}

#[test]
fn constant_overflow_fails_cargo_build_but_passes_cargo_check() {
    let program = "overflow-in-a-constant-expression.rs";
    let (built, _scratch) = rustc(program, "build", &[]);
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(!built.status.success());
    assert!(
        stderr.contains("this arithmetic operation will overflow"),
        "{stderr}"
    );
    assert!(stderr.contains("arithmetic_overflow"), "{stderr}");
    // `cargo check` asks rustc for metadata only, which stops before the lint runs.
    let (checked, _scratch) = rustc(program, "check", &["--emit=metadata"]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

#[test]
fn underscores_may_repeat_and_trail_in_rust_literals() {
    assert_eq!(1_000_000, 1000000);
    #[allow(clippy::inconsistent_digit_grouping)]
    let odd = 1__000_;
    assert_eq!(odd, 1000);
    assert_eq!(0x_ff, 255);
}

#[test]
fn suffixes_give_the_literal_its_type() {
    assert_eq!(type_of(&42u8), "u8");
    assert_eq!(type_of(&3.14f32), "f32");
    assert_eq!(type_of(&42_i64), "i64");
}

#[test]
fn f64_is_an_ieee_754_double_and_f32_rounds() {
    assert_eq!(f64::MANTISSA_DIGITS, 53);
    assert_eq!(3.14_f64.to_bits(), 0x4009_1eb8_51eb_851f);
    assert_eq!(f64::from(3.14_f32), 3.140000104904175);
    assert_ne!(f64::from(3.14_f32), 3.14);
}

#[test]
fn a_bool_becomes_a_number_only_when_converted() {
    assert_eq!(i32::from(true) + i32::from(true), 2);
    assert_eq!(true as u8, 1);
}

#[test]
fn a_negative_i32_cast_to_usize_wraps_to_a_huge_index() {
    let items = vec![1, 2, 3];
    let i: i32 = -1;
    assert_eq!(i as usize, usize::MAX);
    assert_eq!(items.get(i as usize), None);
    assert!(
        usize::try_from(i).is_err(),
        "the checked conversion refuses"
    );
    assert_eq!(python_index(&items, -1), Some(3));
}

#[test]
#[allow(clippy::useless_vec)] // the lecture's `vec![1, 2, 3]`, kept
fn the_lecture_index_5_is_out_of_bounds_for_its_three_element_vec() {
    let vec = vec![1, 2, 3];
    let i: i32 = 5;
    let message = panic_message(|| {
        let _item = vec[i as usize];
    });
    assert_eq!(
        message,
        "index out of bounds: the len is 3 but the index is 5"
    );
}

#[test]
fn defaults_are_i32_f64_str_and_vec_of_i32() {
    assert_eq!(
        inferred_types(),
        ["i32", "f64", "&str", "alloc::vec::Vec<i32>"]
    );
}

#[test]
fn a_later_use_decides_the_type_of_an_unannotated_literal() {
    assert_eq!(inferred_from_later_use(), "u8");
}
