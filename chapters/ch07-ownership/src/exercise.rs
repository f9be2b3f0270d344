//! The lecture's exercise, "spot the borrow checker error": how many errors rustc really reports
//! (counted from the template's recorded output), what is left after each fix, and the fixed
//! program's output, which is what the Python version prints without a word of complaint.

use textbook_report::{Report, rejected};

/// rustc's recorded output for our reproduction of the lecture's program (its two mistakes).
pub const LECTURE_PROGRAM_STDERR: &str =
    include_str!("../tests/ui/exercise/borrow-across-push-then-move-out-of-index.stderr");

/// rustc's recorded output for the exercise template, the same program with its lines collected
/// so that tests can read them: it must report the same errors as the reproduction above.
pub const TEMPLATE_STDERR: &str = include_str!("../exercises/spot_the_borrow_errors.stderr");

/// The error codes of a rustc output, in the order reported: one per `error[E....]` line.
pub fn error_codes(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|line| line.strip_prefix("error[")?.split_once(']'))
        .map(|(code, _)| code)
        .collect()
}

/// `2 errors: E0502, E0507`.
pub fn summary(stderr: &str) -> String {
    let codes = error_codes(stderr);
    let plural = if codes.len() == 1 { "" } else { "s" };
    format!("{} error{plural}: {}", codes.len(), codes.join(", "))
}

/// The fixed program's `make_greeting`: it borrows the name.
pub fn make_greeting(name: &str) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(name);
    greeting + "!"
}

/// The fixed program's two lines, joined by ` | `: `first` is read before the push ends its
/// borrow, and the greeting borrows the first name instead of taking it out of the Vec.
pub fn fixed_program_output() -> String {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    let first_line = format!("First: {first}");
    names.push(String::from("Charlie"));
    [first_line, make_greeting(&names[0])].join(" | ")
}

pub fn demo(report: &Report) {
    report.say("The lecture says its program has 3 borrow checker errors. rustc reports:");
    report.contrast(
        "lecture_program",
        format!("does not compile: {}", summary(LECTURE_PROGRAM_STDERR)),
        "exercise/three-errors",
    );
    report.say("Use `first` before the push, and one error is left:");
    report.extra(
        "after_first_fix",
        rejected(include_str!(
            "../tests/ui/exercise/after-using-first-before-the-push.stderr"
        )),
        "exercise/first-fix-leaves-the-move",
        None,
    );
    report.say("Pass `&names[0]` while `make_greeting` still takes a String: the 'third' appears.");
    report.extra(
        "after_second_fix",
        rejected(include_str!(
            "../tests/ui/exercise/borrowed-name-for-a-string-parameter.stderr"
        )),
        "exercise/third-is-a-type-error",
        None,
    );
    report.say(
        "Fix 3 without fix 2 is the same type error the other way round: one repair, two halves.",
    );
    report.extra(
        "fix_three_alone",
        rejected(include_str!(
            "../tests/ui/exercise/signature-fixed-but-call-still-moves.stderr"
        )),
        "exercise/third-is-a-type-error",
        None,
    );
    report.say("All three fixes: the program prints what Python's version prints.");
    report.result("fixed_program", fixed_program_output());
}
