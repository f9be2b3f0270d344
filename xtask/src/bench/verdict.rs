//! Verdicts. Where a measurement settles a claim mechanically, the rule is here, stated in the
//! reason it prints; otherwise the verdict is the ledger's. A verdict the data cannot support is
//! never printed: the row then says why there is none.

use super::stats::{efficiency, parallel_bound, times};
use super::{Bench, ClaimRow};
use crate::ledger::{Ledger, Verdict};

/// A verdict computed from the measurement, and the rule that gave it, in words.
pub type Ruled = Option<(Verdict, String)>;

/// The row for `claim`: the rule's verdict when there is one (with the ledger's beside it when
/// they differ), else the ledger's.
pub fn row(ledger: &Ledger, claim: &str, lecture: &str, measured: &str, ruled: Ruled) -> ClaimRow {
    let entry = ledger.claim(claim);
    let in_ledger = entry.map(|c| c.verdict);
    let (verdict, reason, judged_by) = match (ruled, entry) {
        (Some((verdict, mut reason)), _) => {
            match in_ledger {
                Some(l) if l != verdict => {
                    reason.push_str(&format!(" (the ledger says `{l}`)"));
                }
                None => reason.push_str(" (not in the ledger yet)"),
                _ => {}
            }
            (Some(verdict), reason, "rule")
        }
        (None, Some(c)) => (
            Some(c.verdict),
            c.note
                .clone()
                .unwrap_or_else(|| "the ledger: the claim holds as stated".into()),
            "ledger",
        ),
        (None, None) => (
            None,
            "no rule decides this from the data, and the ledger has no entry for it yet".into(),
            "none",
        ),
    };
    ClaimRow {
        claim: claim.into(),
        lecture: lecture.into(),
        measured: measured.into(),
        verdict,
        reason,
        judged_by: judged_by.into(),
        ledger: in_ledger,
    }
}

/// A row with no verdict at all, and why (the data is missing or cannot be trusted).
pub fn withheld(
    ledger: &Ledger,
    claim: &str,
    lecture: &str,
    measured: &str,
    why: &str,
) -> ClaimRow {
    ClaimRow {
        claim: claim.into(),
        lecture: lecture.into(),
        measured: measured.into(),
        verdict: None,
        reason: why.into(),
        judged_by: "none".into(),
        ledger: ledger.claim(claim).map(|c| c.verdict),
    }
}

/// Under `--quick` the sizes are tiny and the build is debug: no verdict, only the machinery.
pub fn withhold_for_quick(bench: &mut Bench) {
    for claim in &mut bench.claims {
        if claim.verdict.is_some() {
            claim.reason = format!(
                "--quick (tiny sizes, debug build): no verdict. {}",
                claim.reason
            );
        }
        claim.verdict = None;
        claim.judged_by = "none".into();
    }
}

/// "Orders of magnitude faster": two orders (100×) hold it, one order refines it.
pub fn orders_of_magnitude(ratio: f64) -> Ruled {
    let r = times(ratio);
    Some(if ratio >= 100.0 {
        (
            Verdict::Holds,
            format!("{r} is at least two orders of magnitude (rule: ≥ 100× holds)"),
        )
    } else if ratio >= 10.0 {
        (
            Verdict::Refined,
            format!("{r}: one order of magnitude, not several (rule: 10–100× refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{r} is less than one order of magnitude (rule: < 10× is an erratum)"),
        )
    })
}

/// A claimed parallel speedup ("~4× faster") against the measured one, bounded by the cores.
pub fn parallel_speedup(speedup: f64, claimed: f64, tasks: usize, cores: usize) -> Ruled {
    let bound = parallel_bound(tasks, cores);
    let eff = efficiency(speedup, tasks, cores);
    let s = times(speedup);
    let pct = (eff * 100.0).round();
    Some(if speedup >= 0.8 * claimed {
        (
            Verdict::Holds,
            format!("{s} is within 20 % of the claimed {claimed}× (rule)"),
        )
    } else if eff >= 0.7 {
        (
            Verdict::Refined,
            format!(
                "{s} is {pct:.0} % of the {bound}× that {cores} cores allow: the speedup is bounded \
                 by min({tasks} tasks, cores), so ~{claimed}× needs {tasks} free cores (rule: \
                 ≥ 80 % of the claim holds; ≥ 70 % efficiency refines)"
            ),
        )
    } else if speedup > 1.1 {
        (
            Verdict::Refined,
            format!(
                "{s}: faster, but only {pct:.0} % of the {bound}× that {cores} cores allow \
                 (rule: a speedup below 70 % efficiency refines)"
            ),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{s}: no parallel speedup at all (rule: ≤ 1.1× is an erratum)"),
        )
    })
}

/// "Parallel in one line", with no figure: the same results (checked before any timing) and a
/// speedup near what the cores allow hold it.
pub fn parallel_at_all(speedup: f64, tasks: usize, cores: usize) -> Ruled {
    let bound = parallel_bound(tasks, cores);
    let pct = (efficiency(speedup, tasks, cores) * 100.0).round();
    let s = times(speedup);
    Some(if pct >= 70.0 {
        (
            Verdict::Holds,
            format!(
                "{s}, {pct:.0} % of the {bound}× that {cores} cores allow, with the same results \
                 (rule: ≥ 70 % efficiency holds)"
            ),
        )
    } else if speedup > 1.1 {
        (
            Verdict::Refined,
            format!(
                "{s}: parallel, but only {pct:.0} % of the {bound}× possible (rule: < 70 % refines)"
            ),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{s}: no parallel speedup (rule: ≤ 1.1× is an erratum)"),
        )
    })
}

/// "Threads do not speed up CPU work" (the GIL): judged by the speedup and the build.
pub fn no_thread_speedup(speedup: f64, gil_enabled: bool) -> Ruled {
    let s = times(speedup);
    Some(match (speedup < 1.2, gil_enabled) {
        (true, true) => (
            Verdict::Holds,
            format!("{s}: no speedup, the GIL runs one thread at a time (rule: < 1.2× holds)"),
        ),
        (true, false) => (
            Verdict::Holds,
            format!("{s}: no speedup, even on a build without the GIL (rule: < 1.2× holds)"),
        ),
        (false, true) => (
            Verdict::Erratum,
            format!(
                "{s} with the GIL on: the threads did run in parallel (rule: ≥ 1.2× is an erratum)"
            ),
        ),
        (false, false) => (
            Verdict::Refined,
            format!(
                "{s}: this free-threaded build has no GIL, so threads do run in parallel \
                 (rule: ≥ 1.2× without a GIL refines)"
            ),
        ),
    })
}

/// A figure the lecture gives as a range ("5–20 MB", "5–50×"): all measurements inside hold it;
/// some inside, or all on the same side of it, refine or correct it.
pub fn within_range(values: &[f64], low: f64, high: f64, show: impl Fn(f64) -> String) -> Ruled {
    if values.is_empty() {
        return None;
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let inside = values.iter().filter(|v| (low..=high).contains(*v)).count();
    let span = if min == max {
        show(min)
    } else {
        format!("{}–{}", show(min), show(max))
    };
    let range = format!("{}–{}", show(low), show(high));
    Some(if inside == values.len() {
        (Verdict::Holds, format!("{span} lies in {range} (rule)"))
    } else if inside > 0 {
        (
            Verdict::Refined,
            format!("{span}: only partly in {range} (rule: partly inside refines)"),
        )
    } else if max < low {
        (
            Verdict::Erratum,
            format!("{span}: all below {range} (rule: all outside is an erratum)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{span}: all above {range} (rule: all outside is an erratum)"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(ruled: Ruled) -> Verdict {
        ruled.unwrap().0
    }

    #[test]
    fn two_orders_of_magnitude_hold_one_refines() {
        assert_eq!(verdict(orders_of_magnitude(150.0)), Verdict::Holds);
        assert_eq!(verdict(orders_of_magnitude(40.0)), Verdict::Refined);
        assert_eq!(verdict(orders_of_magnitude(3.0)), Verdict::Erratum);
    }

    #[test]
    fn a_speedup_bounded_by_two_cores_refines_a_claim_of_four() {
        // 1.9× on 2 cores is 95 % efficient: the claim of ~4× needs more cores.
        let (v, why) = parallel_speedup(1.9, 4.0, 4, 2).unwrap();
        assert_eq!(v, Verdict::Refined);
        assert!(why.contains("95 %"), "{why}");
        assert_eq!(verdict(parallel_speedup(3.5, 4.0, 4, 8)), Verdict::Holds);
        assert_eq!(verdict(parallel_speedup(1.0, 4.0, 4, 2)), Verdict::Erratum);
    }

    #[test]
    fn one_line_parallelism_holds_when_it_uses_the_cores() {
        assert_eq!(verdict(parallel_at_all(1.8, 4, 2)), Verdict::Holds);
        assert_eq!(verdict(parallel_at_all(1.2, 4, 2)), Verdict::Refined);
        assert_eq!(verdict(parallel_at_all(0.9, 4, 2)), Verdict::Erratum);
    }

    #[test]
    fn threads_without_speedup_hold_the_gil_claim() {
        assert_eq!(verdict(no_thread_speedup(0.98, true)), Verdict::Holds);
        assert_eq!(verdict(no_thread_speedup(1.8, false)), Verdict::Refined);
        assert_eq!(verdict(no_thread_speedup(1.8, true)), Verdict::Erratum);
    }

    #[test]
    fn ranges_hold_inside_refine_partly_and_correct_outside() {
        let show = |v: f64| format!("{v}");
        assert_eq!(
            verdict(within_range(&[6.0, 19.0], 5.0, 20.0, show)),
            Verdict::Holds
        );
        assert_eq!(
            verdict(within_range(&[2.0, 9.0], 5.0, 50.0, show)),
            Verdict::Refined
        );
        assert_eq!(
            verdict(within_range(&[0.4, 0.6], 5.0, 20.0, show)),
            Verdict::Erratum
        );
        assert_eq!(within_range(&[], 5.0, 20.0, show), None);
    }

    #[test]
    fn a_rule_that_disagrees_with_the_ledger_says_so() {
        let ledger: Ledger = toml::from_str(
            "[[claim]]\nid='p/x'\nsection='s'\nsays='x'\nside='both'\nkind='measure'\n\
             proof='bench:fib'\nverdict='erratum'\nnote='n'\n",
        )
        .unwrap();
        let r = row(&ledger, "p/x", "a", "b", orders_of_magnitude(150.0));
        assert_eq!(r.verdict, Some(Verdict::Holds));
        assert!(
            r.reason.contains("the ledger says `erratum`"),
            "{}",
            r.reason
        );
        let r = row(&ledger, "p/x", "a", "b", None);
        assert_eq!(
            (r.verdict, r.judged_by.as_str()),
            (Some(Verdict::Erratum), "ledger")
        );
        let r = row(&ledger, "p/unknown", "a", "b", None);
        assert_eq!(r.verdict, None);
    }
}
