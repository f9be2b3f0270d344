//! Control flow: `match`, `if let`, `loop`, `for`, `while let`, and the inclusive range of the
//! lecture's exercise.

use textbook_report::{Report, rejected};

/// The lecture's `match` on an integer: `|` joins patterns, `_` catches the rest, and without
/// the `_` the match is refused (the exercise `exhaustive_match` shows it on an enum).
pub fn describe(value: i32) -> &'static str {
    match value {
        1 => "one",
        2 | 3 => "two or three",
        _ => "other",
    }
}

/// The digits at the start of `text`, if there are any: the value `if let` takes apart.
pub fn leading_number(text: &str) -> Option<u32> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text[..end].parse().ok()
}

pub fn show_leading_number(text: &str) -> String {
    if let Some(number) = leading_number(text) {
        format!("found {number}")
    } else {
        "no number".to_string()
    }
}

/// `loop` runs until a `break`, which can hand a value out of the loop.
pub fn first_power_of_two_above(limit: u64) -> u64 {
    let mut power = 1;
    loop {
        if power > limit {
            break power;
        }
        power *= 2;
    }
}

/// `for` over `.iter()` borrows the items: the collection is still there afterwards.
pub fn total(collection: &[i32]) -> i32 {
    let mut sum = 0;
    for item in collection.iter() {
        sum += item;
    }
    sum
}

/// `while let` pops until the stack is empty: last in, first out.
pub fn drain_stack(mut stack: Vec<i32>) -> Vec<i32> {
    let mut order = Vec::new();
    while let Some(item) = stack.pop() {
        order.push(item);
    }
    order
}

/// `1..=5` includes its end, like Python's `range(1, 6)`; `1..5` does not.
pub fn inclusive_range() -> Vec<u32> {
    (1..=5).collect()
}

pub fn demo(report: &Report) {
    report.say("`match`: every value must meet a pattern, `_` is the wildcard:");
    let described: Vec<&str> = (1..=4).map(describe).collect();
    report.result("match_values", described.join(", "));
    report.contrast(
        "match_missing_case",
        rejected(include_str!("../exercises/exhaustive_match.stderr")),
        "flow/match-exhaustive",
    );

    report.say("\n`if let`: test and take apart in one step:");
    report.result("if_let_some", show_leading_number("42 apples"));
    report.result("if_let_none", show_leading_number("apples"));

    report.say("\n`loop` until `break`, which can carry a value:");
    report.result("loop_break_value", first_power_of_two_above(1000));

    report.say("\n`for` borrows with `.iter()`, consumes without it:");
    let collection = vec![1, 2, 3];
    report.result("for_iter_total", total(&collection));
    report.contrast(
        "for_consumes",
        rejected(include_str!("../exercises/for_consumes.stderr")),
        "flow/for-iter",
    );
    report.result("inclusive_range", format!("{:?}", inclusive_range()));

    report.say("\n`while let`: pop until empty:");
    report.result("while_let_pop", format!("{:?}", drain_stack(vec![1, 2, 3])));
}
