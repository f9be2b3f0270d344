//! Primitive types: fixed-width integers against Python's arbitrary-precision `int`, what
//! overflow does (a lint, a panic or a silent wrap, depending on when and how it is built),
//! floats, `usize` and indexing, and the types inference picks.

// The lecture's literals are kept as written: 3.14 is its float, not an approximation of PI.
#![allow(clippy::approx_constant)]

use std::hint::black_box;
use std::mem::size_of;

use textbook_report::{Report, rejected};

use crate::type_of;

/// Bytes of each fixed-width integer type, smallest first.
pub fn integer_widths() -> Vec<(&'static str, usize)> {
    vec![
        ("i8", size_of::<i8>()),
        ("i16", size_of::<i16>()),
        ("i32", size_of::<i32>()),
        ("i64", size_of::<i64>()),
        ("i128", size_of::<i128>()),
        ("isize", size_of::<isize>()),
    ]
}

/// The decimal digits of 2^exp, by repeated doubling in base 10^9: std has no big integer, and
/// this is the few lines a Python `2 ** 1000` saves you.
pub fn power_of_two_decimal(exp: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![1]; // least significant first
    for _ in 0..exp {
        let mut carry = 0;
        for limb in &mut limbs {
            let doubled = *limb * 2 + carry;
            *limb = doubled % BASE;
            carry = doubled / BASE;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut text = limbs.last().map(u64::to_string).unwrap_or_default();
    for limb in limbs.iter().rev().skip(1) {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

/// `302 digits: 1071508607…8281069376`: a long number, told by its length and its two ends.
pub fn digits_summary(decimal: &str) -> String {
    let n = decimal.len();
    if n <= 20 {
        return format!("{n} digits: {decimal}");
    }
    format!("{n} digits: {}…{}", &decimal[..10], &decimal[n - 10..])
}

/// `a + b` with the plain operator: a panic in a build with overflow checks (the dev profile),
/// a wrapped value without them (the release profile). The panic is caught, its message kept.
pub fn plain_add(a: u8, b: u8) -> Result<u8, String> {
    // Silence the default hook for this one panic: the demo reports it as a result.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(|| black_box(a) + black_box(b));
    std::panic::set_hook(hook);
    outcome.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string())
    })
}

/// Python's `items[i]` for a Rust slice: negative counts from the end, `None` where Python
/// raises IndexError. (`i as usize` is not it: -1 becomes `usize::MAX`.)
pub fn python_index(items: &[i32], i: i32) -> Option<i32> {
    let index = if i < 0 {
        items
            .len()
            .checked_sub(usize::try_from(i.unsigned_abs()).ok()?)?
    } else {
        usize::try_from(i).ok()?
    };
    items.get(index).copied()
}

/// The lecture's "Type Inference" block: the type each unannotated `let` gets.
pub fn inferred_types() -> [&'static str; 4] {
    let x = 42;
    let y = 3.14;
    let s = "hello";
    let v = vec![1, 2];
    [type_of(&x), type_of(&y), type_of(&s), type_of(&v)]
}

/// The default `i32` applies only when nothing else decides: a later use picks the type.
pub fn inferred_from_later_use() -> &'static str {
    let x = 42;
    let y: u8 = x;
    let _ = y;
    type_of(&x)
}

pub fn demo(report: &Report) {
    report.say("Integers have a fixed size; Python's int is an object that grows:");
    let widths: Vec<String> = integer_widths()
        .iter()
        .map(|(name, bytes)| format!("{name} {bytes}"))
        .collect();
    report.contrast(
        "integer_size",
        format!("bytes: {} (whatever the value)", widths.join(", ")),
        "numbers/fixed-width",
    );
    report.result("two_pow_1000", digits_summary(&power_of_two_decimal(1000)));
    let big: i128 = 2_i128.pow(100);
    report.result("i128_two_pow_100", big);
    report.contrast(
        "i128_two_pow_127",
        match 2_i128.checked_pow(127) {
            Some(v) => v.to_string(),
            None => format!("does not fit: i128::MAX is {}", i128::MAX),
        },
        "numbers/i128-max",
    );

    report.say("\nOverflow: what `255_u8 + 1` does depends on how the program was built:");
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    report.contrast(
        "u8_255_plus_1",
        match plain_add(255, 1) {
            Ok(v) => format!("wraps to {v} ({build} build, no overflow checks)"),
            Err(message) => format!("panics: {message} ({build} build)"),
        },
        "numbers/overflow",
    );
    report.result(
        "u8_checked_wrapping_saturating",
        format!(
            "{:?}, {}, {}",
            255_u8.checked_add(1),
            255_u8.wrapping_add(1),
            255_u8.saturating_add(1)
        ),
    );
    report.say("\nLiterals: underscores and suffixes:");
    let million = 1_000_000;
    report.result("million", million);
    #[allow(clippy::inconsistent_digit_grouping)] // the odd grouping is what is shown
    report.contrast(
        "odd_underscores",
        format!("1__000_ is {}", 1__000_),
        "numbers/underscores",
    );
    let a = 42u8;
    let b = 3.14f32;
    report.contrast(
        "suffixes",
        format!("42u8: {}, 3.14f32: {}", type_of(&a), type_of(&b)),
        "numbers/suffixes",
    );

    report.say("\nFloats: f64 is Python's float, bit for bit; f32 rounds:");
    let y: f64 = 3.14;
    report.result("f64_bits", format!("{:016x}", y.to_bits()));
    report.result("f32_widened", f64::from(b));
    report.result("f64_mantissa_digits", f64::MANTISSA_DIGITS);

    report.say("\nbool is not a number:");
    report.contrast(
        "bool_plus_bool",
        rejected(include_str!("../tests/ui/numbers/bool-plus-bool.stderr")),
        "numbers/bool",
    );
    report.result("bool_as_int", i32::from(true));

    report.say("\nSizes and indexes are usize:");
    let items = vec![1, 2, 3];
    let length = items.len();
    report.contrast(
        "len_type",
        format!(
            "{} ({} bytes, a pointer's size)",
            type_of(&length),
            size_of::<usize>()
        ),
        "numbers/usize",
    );
    report.extra(
        "lecture_block",
        rejected(include_str!(
            "../tests/ui/numbers/index-with-no-vector-named.stderr"
        )),
        "numbers/index-block",
        None,
    );
    report.contrast(
        "index_with_i32",
        rejected(include_str!("../exercises/python_index.stderr")),
        "numbers/index-with-i32",
    );
    let i: i32 = 5;
    report.contrast(
        "index_5_of_3",
        match items.get(i as usize) {
            Some(v) => v.to_string(),
            None => format!("out of bounds: `items[{i} as usize]` panics, `get` gives None"),
        },
        "numbers/index-block",
    );
    report.contrast(
        "index_minus_1",
        format!(
            "`-1 as usize` is {}, out of bounds; Python's meaning needs code: {:?}",
            -1_i32 as usize,
            python_index(&items, -1)
        ),
        "numbers/negative-index",
    );

    report.say("\nInference picks a type once, at compile time:");
    report.contrast(
        "inferred_types",
        inferred_types().join(", "),
        "numbers/inference-defaults",
    );
    report.extra(
        "inferred_from_use",
        format!(
            "`let x = 42; let y: u8 = x;` makes x a {}",
            inferred_from_later_use()
        ),
        "numbers/inference-defaults",
        None,
    );
}
