//! The rules against hand-made measurements: each verdict, and each boundary between two.

use super::*;

fn verdict(ruled: Ruled) -> Verdict {
    ruled.unwrap().0
}

#[test]
fn two_orders_of_magnitude_hold_one_refines() {
    assert_eq!(verdict(orders_of_magnitude(150.0, 2.0)), Verdict::Holds);
    assert_eq!(verdict(orders_of_magnitude(40.0, 2.0)), Verdict::Refined);
    assert_eq!(verdict(orders_of_magnitude(3.0, 2.0)), Verdict::Erratum);
}

#[test]
fn a_figure_within_its_factor_holds_and_far_off_is_an_erratum() {
    let s = FigureUnit::Seconds;
    assert_eq!(
        verdict(within_factor(60.0, 45.0, 3.0, 10.0, s)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(within_factor(0.05, 0.3, 3.0, 10.0, s)),
        Verdict::Refined
    );
    let (v, why) = within_factor(45e6, 45.0, 3.0, 10.0, s).unwrap();
    assert_eq!(v, Verdict::Erratum);
    assert!(why.contains("more than"), "{why}");
    assert_eq!(
        verdict(at_least(12.0, 10.0, 10.0, FigureUnit::Times)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(at_least(0.5, 10.0, 10.0, FigureUnit::Times)),
        Verdict::Erratum
    );
}

#[test]
fn an_upper_bound_is_judged_above_the_floor_every_run_pays() {
    let ms = FigureUnit::Milliseconds;
    assert_eq!(verdict(below(0.5e-3, 1e-3, None, 5.0, ms)), Verdict::Holds);
    assert_eq!(
        verdict(below(1.2e-3, 1e-3, Some(0.7e-3), 5.0, ms)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(below(4e-3, 1e-3, Some(0.7e-3), 5.0, ms)),
        Verdict::Refined
    );
    assert_eq!(
        verdict(below(9e-3, 1e-3, Some(0.7e-3), 5.0, ms)),
        Verdict::Erratum
    );
}

#[test]
fn ranges_hold_inside_refine_partly_and_correct_outside() {
    let show = |v: f64| format!("{v}");
    let r = (5.0, 20.0);
    let e = Verdict::Erratum;
    assert_eq!(
        verdict(in_range(6.0, 19.0, r, None, e, show)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(in_range(2.0, 9.0, r, None, e, show)),
        Verdict::Refined
    );
    assert_eq!(
        verdict(in_range(0.4, 0.6, r, None, e, show)),
        Verdict::Erratum
    );
    let refined = Verdict::Refined;
    assert_eq!(
        verdict(in_range(0.4, 0.6, r, None, refined, show)),
        Verdict::Refined
    );
    // Inside, but the baseline alone is already below: the claim's part is what costs.
    assert_eq!(
        verdict(in_range(8.0, 8.0, r, Some(1.0), e, show)),
        Verdict::Refined
    );
}

#[test]
fn a_span_past_both_ends_of_the_range_is_neither_inside_nor_on_one_side_of_it() {
    let show = |v: f64| format!("{v}");
    let (v, why) = in_range(100.0, 900.0, (200.0, 500.0), None, Verdict::Erratum, show).unwrap();
    assert_eq!(v, Verdict::Refined, "{why}");
    assert!(why.contains("both ends"), "{why}");
    assert!(!why.contains("above") && !why.contains("below"), "{why}");
    // All on one side is still outside, and says which side.
    let (v, why) = in_range(600.0, 900.0, (200.0, 500.0), None, Verdict::Erratum, show).unwrap();
    assert_eq!(v, Verdict::Erratum);
    assert!(why.contains("all above"), "{why}");
    let (v, why) = in_range(10.0, 90.0, (200.0, 500.0), None, Verdict::Erratum, show).unwrap();
    assert_eq!(v, Verdict::Erratum);
    assert!(why.contains("all below"), "{why}");
}

#[test]
fn a_speedup_bounded_by_two_cores_refines_a_claim_of_four() {
    let (v, why) = speedup(1.9, 4.0, 4, 2).unwrap();
    assert_eq!(v, Verdict::Refined);
    assert!(why.contains("95 %"), "{why}");
    assert_eq!(verdict(speedup(3.5, 4.0, 4, 8)), Verdict::Holds);
    assert_eq!(verdict(speedup(1.0, 4.0, 4, 2)), Verdict::Erratum);
    assert_eq!(verdict(parallel(1.8, 4, 2)), Verdict::Holds);
    assert_eq!(verdict(parallel(1.2, 4, 2)), Verdict::Refined);
    assert_eq!(verdict(parallel(0.9, 4, 2)), Verdict::Erratum);
}

#[test]
fn threads_without_speedup_hold_the_gil_claim() {
    assert_eq!(verdict(no_speedup(0.98, true)), Verdict::Holds);
    assert_eq!(verdict(no_speedup(1.8, false)), Verdict::Refined);
    assert_eq!(verdict(no_speedup(1.8, true)), Verdict::Erratum);
}
