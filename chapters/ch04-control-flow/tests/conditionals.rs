//! Conditional statements: `if` chains, `if` as a value, and conditions that are `bool`s.
use chapter_04::conditionals::{
    has_items, has_text, is_present, nonzero, status, status_with_reason, weather,
};

#[test]
fn weather_follows_the_if_else_if_else_chain() {
    assert_eq!(weather(150), "Too hot!");
    assert_eq!(weather(-5), "Too cold!");
    assert_eq!(weather(42), "Just right");
    // The bounds are strict, as in the Python version.
    assert_eq!(weather(100), "Just right");
    assert_eq!(weather(101), "Too hot!");
    assert_eq!(weather(0), "Just right");
    assert_eq!(weather(-1), "Too cold!");
}

#[test]
fn if_used_as_a_value_gives_hot_or_ok() {
    assert_eq!(status(150), "hot");
    assert_eq!(status(100), "ok");
    assert_eq!(status(42), "ok");
}

#[test]
fn if_arms_are_blocks_that_may_hold_statements() {
    assert_eq!(status_with_reason(130), "hot (30 over the limit)");
    assert_eq!(status_with_reason(60), "ok (40 to spare)");
}

// The lecture's "without parentheses" is a style the compiler asks for, not a rule: this
// compiles, and only the `unused_parens` lint (silenced here) objects.
#[allow(unused_parens)]
fn weather_in_parentheses(temperature: i32) -> &'static str {
    if (temperature > 100) {
        "Too hot!"
    } else if (temperature < 0) {
        "Too cold!"
    } else {
        "Just right"
    }
}

#[test]
fn a_parenthesised_condition_compiles_and_means_the_same() {
    for temperature in [-50, -1, 0, 42, 100, 101, 150] {
        assert_eq!(weather_in_parentheses(temperature), weather(temperature));
    }
}

#[test]
fn explicit_checks_mean_what_python_truthiness_means() {
    assert!(nonzero(42) && nonzero(-1) && !nonzero(0));
    assert!(!has_items(&[]) && has_items(&[0]));
    assert!(!has_text("") && has_text(" "));
    assert!(!is_present::<i32>(None));
}

#[test]
fn a_present_zero_is_present() {
    // Python's `if value:` cannot tell None from 0; `is_some` only asks about absence.
    assert!(is_present(Some(0)));
    assert!(is_present(Some("")));
}

#[test]
fn if_let_and_let_chains_test_patterns_not_truthiness() {
    // The one thing besides a bool that `if` takes is a pattern (`if let`), and in edition
    // 2024 patterns and bools chain with `&&`.
    let positive = |value: Option<i32>| {
        if let Some(x) = value
            && x > 0
        {
            x
        } else {
            0
        }
    };
    assert_eq!(positive(Some(5)), 5);
    assert_eq!(positive(Some(-5)), 0);
    assert_eq!(positive(None), 0);
}
