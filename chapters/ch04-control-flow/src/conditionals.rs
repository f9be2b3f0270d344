//! Conditional statements. Rust's `if` looks like Python's without the colon and with braces,
//! and it is an expression: it has a value. Its condition must be a `bool`: there is no
//! truthiness, so every "is it empty / zero / absent" test is written out (tests/ui/conditionals/).

use textbook_report::{Report, rejected};

/// The lecture's three-way branch; it returns the message instead of printing it, so that the
/// tests and the Python twin can compare it.
pub fn weather(temperature: i32) -> &'static str {
    if temperature > 100 {
        "Too hot!"
    } else if temperature < 0 {
        "Too cold!"
    } else {
        "Just right"
    }
}

/// The lecture's one-line `if` used as a value: Python's conditional expression.
pub fn status(temperature: i32) -> &'static str {
    if temperature > 100 { "hot" } else { "ok" }
}

/// An `if` whose arms are blocks: statements first, then the value. A Python conditional
/// expression holds one expression per arm, so this needs a statement `if` there.
pub fn status_with_reason(temperature: i32) -> String {
    if temperature > 100 {
        let over = temperature - 100;
        format!("hot ({over} over the limit)")
    } else {
        let margin = 100 - temperature;
        format!("ok ({margin} to spare)")
    }
}

/// Python's `if x:` for an integer, written out: what truthiness means for numbers.
pub fn nonzero(x: i32) -> bool {
    x != 0
}

/// Python's `if items:` for a list.
pub fn has_items(items: &[i32]) -> bool {
    !items.is_empty()
}

/// Python's `if name:` for a string.
pub fn has_text(name: &str) -> bool {
    !name.is_empty()
}

/// Python's `if value:` for something that may be `None`: in Rust, an `Option`.
pub fn is_present<T>(value: Option<T>) -> bool {
    value.is_some()
}

pub fn demo(report: &Report) {
    report.say("if / else if / else, with braces and without colons:");
    for temperature in [150, -5, 42] {
        report.result(&format!("weather({temperature})"), weather(temperature));
    }

    report.say("\n`if` as a value (Python's conditional expression):");
    report.result("status(150)", status(150));
    report.result("status(42)", status(42));
    report.result("status_with_reason(130)", status_with_reason(130));

    let truthiness =
        include_str!("../tests/ui/conditionals/integer-list-and-string-as-conditions.stderr");
    report.say("\nA value that is not a `bool` as a condition (rustc's words, from tests/ui/):");
    report.contrast("if 42", rejected(truthiness), "cond/condition-must-be-bool");
    report.contrast("if []", rejected(truthiness), "cond/condition-must-be-bool");
    report.contrast(
        "if \"\"",
        rejected(truthiness),
        "cond/condition-must-be-bool",
    );

    report.say("\nThe explicit checks, which mean the same in both languages:");
    report.result("42 != 0", nonzero(42));
    report.result("0 != 0", nonzero(0));
    report.result("[] is not empty", has_items(&[]));
    report.result("[1, 2] is not empty", has_items(&[1, 2]));
    report.result("\"\" is not empty", has_text(""));
    report.result("None is present", is_present::<i32>(None));

    report.say("\n`if` as a value needs an `else`, and both arms must have one type:");
    report.contrast(
        "if without else",
        rejected(include_str!(
            "../tests/ui/conditionals/if-without-else-as-value.stderr"
        )),
        "cond/if-value-needs-else-and-one-type",
    );
    report.contrast(
        "arms of two types",
        rejected(include_str!(
            "../tests/ui/conditionals/if-arms-of-different-types.stderr"
        )),
        "cond/if-value-needs-else-and-one-type",
    );
}
