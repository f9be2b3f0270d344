//! The lecture's exercise: the errors rustc really reports, counted from the recorded outputs,
//! and the fixed program's output.
use chapter_07::exercise::*;

#[test]
fn rustc_reports_two_errors_for_the_lecture_program_not_three() {
    assert_eq!(error_codes(LECTURE_PROGRAM_STDERR), ["E0502", "E0507"]);
    assert_eq!(summary(LECTURE_PROGRAM_STDERR), "2 errors: E0502, E0507");
}

#[test]
fn the_exercise_template_reports_the_same_errors_as_the_lecture_program() {
    assert_eq!(
        error_codes(TEMPLATE_STDERR),
        error_codes(LECTURE_PROGRAM_STDERR)
    );
}

#[test]
fn after_the_first_fix_only_the_move_out_of_the_vec_is_left() {
    let stderr = include_str!("ui/exercise/after-using-first-before-the-push.stderr");
    assert_eq!(error_codes(stderr), ["E0507"]);
}

#[test]
fn the_third_error_appears_only_after_the_second_fix_and_is_a_type_error() {
    let stderr = include_str!("ui/exercise/borrowed-name-for-a-string-parameter.stderr");
    assert_eq!(error_codes(stderr), ["E0308"]);
    assert!(stderr.contains("expected `String`, found `&String`"));
}

#[test]
fn fix_three_without_fix_two_is_a_type_error_too() {
    let stderr = include_str!("ui/exercise/signature-fixed-but-call-still-moves.stderr");
    assert_eq!(error_codes(stderr), ["E0308"]);
    assert!(stderr.contains("expected `&str`, found `String`"));
}

#[test]
fn error_codes_reads_every_error_line_and_nothing_else() {
    let stderr = "warning: unused\nerror[E0382]: x\n  |\nerror[E0499]: y\n\
                  error: aborting due to 2 previous errors\n";
    assert_eq!(error_codes(stderr), ["E0382", "E0499"]);
    assert_eq!(summary("error[E0308]: z\n"), "1 error: E0308");
}

#[test]
fn the_fixed_program_prints_the_first_name_and_the_greeting() {
    assert_eq!(fixed_program_output(), "First: Alice | Hello, Alice!");
    assert_eq!(make_greeting("Bob"), "Hello, Bob!");
}
