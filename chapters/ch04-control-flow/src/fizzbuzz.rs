//! The lecture's exercise: FizzBuzz as one `match` on a tuple, used as a value. Every arm gives a
//! `String`, and the `_` arm makes the match exhaustive: leave it out and rustc lists the cases
//! left (tests/ui/matching/), where Python's `match` quietly falls through.

use textbook_report::{Report, rejected};

/// One number's word: `match (n % 3, n % 5)`, the lecture's expression.
pub fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_owned(),
        (0, _) => "Fizz".to_owned(),
        (_, 0) => "Buzz".to_owned(),
        _ => n.to_string(),
    }
}

/// The lecture's program, 1 to `last` inclusive, one word per line.
pub fn fizzbuzz_lines(last: u32) -> Vec<String> {
    (1..=last).map(fizzbuzz).collect()
}

pub fn demo(report: &Report) {
    report.say("FizzBuzz for 1..=30, one match per number:");
    let lines = fizzbuzz_lines(30);
    for (i, chunk) in lines.chunks(15).enumerate() {
        let case = format!("{}..={}", i * 15 + 1, i * 15 + chunk.len());
        report.result(&case, chunk.join(" "));
    }
    report.result(
        "FizzBuzz count",
        lines.iter().filter(|line| *line == "FizzBuzz").count(),
    );

    report.say("\nThe same match without its `_` arm:");
    report.contrast(
        "no wildcard arm",
        rejected(include_str!(
            "../tests/ui/matching/missing-wildcard-arm.stderr"
        )),
        "match/exhaustive",
    );
}
