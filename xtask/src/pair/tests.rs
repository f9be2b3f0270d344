//! Parity: what makes two sides twins, case by case.

use super::*;

fn line(case: &str, result: &str, claim: Option<&str>, contrast: bool) -> ResultLine {
    ResultLine {
        demo: "d".into(),
        case: case.into(),
        result: result.into(),
        claim: claim.map(str::to_string),
        contrast,
        seconds: None,
        extra: false,
    }
}

fn ledger() -> Ledger {
    toml::from_str(
        "[[claim]]\nid='t/x'\nsection='s'\nsays='x'\nside='both'\nkind='runtime'\nproof='p'\nverdict='holds'\n",
    )
    .unwrap()
}

#[test]
fn equal_results_are_twins() {
    let a = [line("c", "42", None, false)];
    assert_eq!(compare("d", &a, &a, &ledger()), []);
}

#[test]
fn unequal_results_without_a_contrast_are_a_problem() {
    let r = [line("c", "42", None, false)];
    let p = [line("c", "43", None, false)];
    let problems = compare("d", &r, &p, &ledger());
    assert!(matches!(
        problems[..],
        [ParityProblem::ResultsDiffer { .. }]
    ));
}

#[test]
fn a_contrast_needs_both_sides_and_a_known_claim() {
    let r = [line("c", "compile error", Some("t/x"), true)];
    let ok = [line("c", "TypeError", Some("t/x"), true)];
    assert_eq!(compare("d", &r, &ok, &ledger()), []);
    let unmarked = [line("c", "TypeError", None, false)];
    let problems = compare("d", &r, &unmarked, &ledger());
    assert!(matches!(
        problems[..],
        [ParityProblem::ContrastOneSided { side: "Rust", .. }]
    ));
    let unknown = [line("c", "TypeError", Some("t/nope"), true)];
    let problems = compare("d", &r, &unknown, &ledger());
    assert!(matches!(problems[..], [ParityProblem::UnknownClaim { .. }]));
}

#[test]
fn a_contrast_whose_sides_agree_is_a_problem() {
    let a = [line("c", "same", Some("t/x"), true)];
    let problems = compare("d", &a, &a, &ledger());
    assert!(matches!(
        problems[..],
        [ParityProblem::ContrastAgrees { .. }]
    ));
}

#[test]
fn missing_and_reordered_cases_are_named() {
    let r = [line("a", "1", None, false), line("b", "2", None, false)];
    let p = [line("b", "2", None, false)];
    let problems = compare("d", &r, &p, &ledger());
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn extra_lines_stay_out_of_the_pairing_but_need_a_claim() {
    let r = [line("c", "1", None, false)];
    let mut pool = line("pool", "1", Some("t/x"), false);
    pool.extra = true;
    let p = [pool.clone(), line("c", "1", None, false)];
    assert_eq!(compare("d", &r, &p, &ledger()), []);
    pool.claim = None;
    let p = [pool, line("c", "1", None, false)];
    let problems = compare("d", &r, &p, &ledger());
    assert!(matches!(
        problems[..],
        [ParityProblem::ExtraWithoutClaim { .. }]
    ));
}

#[test]
fn a_line_that_is_not_json_is_an_error_naming_the_side() {
    let err = parse_lines("Python", "d", "hello\n").unwrap_err();
    assert!(err.to_string().contains("Python side"), "{err}");
}
