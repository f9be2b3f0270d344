//! Lifetimes, briefly. A function with one borrowed input needs no annotation (the elision rules
//! tie the output to it); with two, the compiler asks which one (E0106), and `longest<'a>` says:
//! the result is valid while *both* inputs are, that is, no longer than the shorter-lived one.
//! Annotations are checked, not trusted (tests/ui/lifetimes/).

use textbook_report::{Report, rejected};

/// The lecture's `first_word`: no lifetime written; the result borrows from `s`.
pub fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

/// The lecture's `longest`: the longer of the two, `b` when they are as long.
pub fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

/// The fix for returning a reference to a local: return the owned value itself.
pub fn shout(name: &str) -> String {
    name.to_uppercase()
}

pub fn demo(report: &Report) {
    report.say("\nLifetimes. With one borrowed input, none is written:");
    report.result("first_word", format!("{:?}", first_word("hello world")));
    report.result("first_word_empty", format!("{:?}", first_word("   ")));
    report.say("With two, the compiler will not guess, and says what to write:");
    report.contrast(
        "longest_unannotated",
        rejected(include_str!(
            "../tests/ui/lifetimes/longest-without-a-lifetime.stderr"
        )),
        "lifetimes/compiler-asks",
    );
    report.result("longest", longest("ab", "abc"));
    report.result("longest_tie", longest("abc", "xyz"));
    report.say("The result may not outlive the shorter-lived input (Python keeps both alive):");
    report.contrast(
        "longest_after_scope",
        rejected(include_str!(
            "../tests/ui/lifetimes/longest-outlives-the-shorter-input.stderr"
        )),
        "lifetimes/longest-both-inputs",
    );
    report.contrast(
        "reference_to_local",
        rejected(include_str!(
            "../tests/ui/lifetimes/return-a-reference-to-a-local.stderr"
        )),
        "lifetimes/no-dangling-return",
    );
    report.result("return_owned", shout("alice"));
}
