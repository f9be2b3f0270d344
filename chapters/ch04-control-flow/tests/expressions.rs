//! Expression blocks: `if`, `match` and `{ ... }` have values; a function returns its tail.
use chapter_04::expressions::{
    block_value, describe, inner_tail_does_not_return, tail_over_several_lines, yes_no,
};

#[test]
fn if_gives_yes_or_no() {
    assert_eq!(yes_no(true), "yes");
    assert_eq!(yes_no(false), "no");
}

#[test]
fn a_block_is_worth_its_tail() {
    assert_eq!(block_value(), 15);
}

#[test]
fn match_guards_pick_the_first_arm_that_fits() {
    let cases = [
        (101, "boiling"),
        (100, "hot"),
        (51, "hot"),
        (50, "warm"),
        (21, "warm"),
        (20, "cold"),
        (-5, "cold"),
    ];
    for (temperature, expected) in cases {
        assert_eq!(describe(temperature), expected, "describe({temperature})");
    }
}

#[test]
fn a_tail_is_an_expression_not_a_line() {
    assert_eq!(tail_over_several_lines(&["a", "tail"]), "A TAIL");
}

#[test]
fn an_inner_blocks_tail_does_not_return_from_the_function() {
    assert_eq!(inner_tail_does_not_return(), 2);
}

// `return` with a semicolon still returns: the semicolon rule is about the tail, and a
// diverging statement needs no tail after it.
#[allow(clippy::needless_return)]
fn five_by_return() -> i32 {
    return 5;
}

#[test]
fn a_return_statement_needs_no_tail() {
    assert_eq!(five_by_return(), 5);
}

#[test]
fn for_and_while_are_expressions_worth_unit() {
    let mut n = 0;
    #[allow(clippy::let_unit_value)]
    let from_for: () = for i in 0..3 {
        n += i;
    };
    #[allow(clippy::let_unit_value)]
    let from_while: () = while n < 10 {
        n += 1;
    };
    assert_eq!((from_for, from_while, n), ((), (), 10));
}
