//! Expression blocks. `if`, `match` and a plain `{ ... }` block all have a value: the block's
//! tail, the last expression written without a semicolon. Put a semicolon after it and the block
//! is worth `()` (tests/ui/expressions/). `let` is a statement, though: not everything is an
//! expression.

use textbook_report::{Report, rejected};

/// The lecture's `let result = if condition { "yes" } else { "no" };`
pub fn yes_no(condition: bool) -> &'static str {
    if condition { "yes" } else { "no" }
}

/// The lecture's block with a value: two statements, then the tail `x + y`.
// The `let value = { ... }; value` shape is the lecture's point, not a needless binding.
#[allow(clippy::let_and_return)]
pub fn block_value() -> i32 {
    let value = {
        let x = 5;
        let y = 10;
        x + y
    };
    value
}

/// The lecture's `match` with guards, used as a value. The first arm whose guard holds wins,
/// so 100 itself is "hot", not "boiling".
pub fn describe(temperature: i32) -> &'static str {
    match temperature {
        degrees if degrees > 100 => "boiling",
        degrees if degrees > 50 => "hot",
        degrees if degrees > 20 => "warm",
        _ => "cold",
    }
}

/// A tail expression is the last *expression*, not the last line: this one spans four lines.
pub fn tail_over_several_lines(words: &[&str]) -> String {
    words
        .iter()
        .map(|word| word.to_uppercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The tail of an inner block is that block's value; it does not leave the function.
pub fn inner_tail_does_not_return() -> i32 {
    let inner = { 1 };
    inner + 1
}

pub fn demo(report: &Report) {
    report.say("`if` as a value:");
    report.result("condition true", yes_no(true));
    report.result("condition false", yes_no(false));

    report.say("\nA block's value is its tail expression:");
    report.result("block value", block_value());
    report.contrast(
        "tail with a semicolon",
        rejected(include_str!(
            "../tests/ui/expressions/semicolon-after-the-block-value.stderr"
        )),
        "expr/semicolon-rule",
    );
    report.result("inner tail, then + 1", inner_tail_does_not_return());
    report.result(
        "tail over four lines",
        tail_over_several_lines(&["a", "tail", "expression"]),
    );

    report.say("\n`match` with guards, as a value (the first arm that fits wins):");
    for temperature in [150, 100, 75, 50, 30, 20, -5] {
        report.result(&format!("describe({temperature})"), describe(temperature));
    }

    report.contrast(
        "the diagram's { 'yes' }",
        rejected(include_str!(
            "../tests/ui/expressions/single-quoted-strings.stderr"
        )),
        "expr/diagram-quotes",
    );

    report.say("\n`let` is a statement, even in Rust:");
    report.contrast(
        "let as a value",
        rejected(include_str!(
            "../tests/ui/expressions/let-is-not-an-expression.stderr"
        )),
        "expr/everything-an-expression",
    );
}
