//! Verdicts. Where a measurement settles a claim mechanically, the rule (`super::rules`) gives
//! it, stated in the reason it prints; otherwise the verdict is the ledger's. A verdict the data
//! cannot support is never printed: the row then says why there is none.

use super::rules::Ruled;
use super::{Bench, ClaimRow};
use crate::ledger::{Ledger, Verdict};

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
        verdict,
        reason,
        judged_by: judged_by.into(),
        ..unjudged(in_ledger, claim, lecture, measured)
    }
}

/// The row for `claim` when its rule does not hold on this run: the ledger's verdict beside the
/// failed rule, except `holds`, which the run contradicts (no verdict is printed then).
pub fn rule_failed(
    ledger: &Ledger,
    claim: &str,
    lecture: &str,
    measured: &str,
    rule: &str,
) -> ClaimRow {
    let in_ledger = ledger.claim(claim).map(|c| c.verdict);
    let failed = format!("the rule {rule} does not hold on this run");
    let (verdict, reason, judged_by) = match in_ledger {
        Some(Verdict::Holds) => (
            None,
            format!("{failed}; the ledger says `holds`, which this run does not support"),
            "none",
        ),
        Some(v) => (
            Some(v),
            format!("{failed}; the ledger says `{v}`"),
            "ledger",
        ),
        None => (
            None,
            format!("{failed}, and the ledger has no entry for it yet"),
            "none",
        ),
    };
    ClaimRow {
        verdict,
        reason,
        judged_by: judged_by.into(),
        ..unjudged(in_ledger, claim, lecture, measured)
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
        reason: why.into(),
        ..unjudged(
            ledger.claim(claim).map(|c| c.verdict),
            claim,
            lecture,
            measured,
        )
    }
}

/// What every row says whatever its verdict: the claim, both figures, the ledger's verdict; no
/// verdict of its own yet.
fn unjudged(in_ledger: Option<Verdict>, claim: &str, lecture: &str, measured: &str) -> ClaimRow {
    ClaimRow {
        claim: claim.into(),
        lecture: lecture.into(),
        measured: measured.into(),
        verdict: None,
        reason: String::new(),
        judged_by: "none".into(),
        ledger: in_ledger,
    }
}

/// Under `--quick` the sizes are tiny and the build is debug: no verdict, only the machinery. The
/// rule's or the ledger's words are not kept: "< 10× is an erratum" beside "no verdict" reads
/// as a judgement of these meaningless figures.
pub fn withhold_for_quick(bench: &mut Bench) {
    for claim in &mut bench.claims {
        if claim.verdict.is_some() {
            claim.reason = "--quick (tiny sizes, debug build): no verdict; a full run of \
                            `cargo xtask bench` judges this claim"
                .into();
        }
        claim.verdict = None;
        claim.judged_by = "none".into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_that_disagrees_with_the_ledger_says_so() {
        let ledger: Ledger = toml::from_str(
            "[[claim]]\nid='p/x'\nsection='s'\nsays='x'\nside='both'\nkind='measure'\n\
             proof='bench:kernel'\nverdict='erratum'\nnote='n'\n",
        )
        .unwrap();
        let holds = Some((Verdict::Holds, "150× (rule)".to_string()));
        let r = row(&ledger, "p/x", "a", "b", holds);
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

    #[test]
    fn a_quick_run_prints_no_rule_s_judgement_beside_no_verdict() {
        let mut bench = crate::bench::sample::report(false).benches.remove(0);
        assert!(bench.claims[0].reason.contains("is an erratum"));
        withhold_for_quick(&mut bench);
        let claim = &bench.claims[0];
        assert_eq!((claim.verdict, claim.judged_by.as_str()), (None, "none"));
        assert!(claim.reason.contains("no verdict"), "{}", claim.reason);
        for judgement in ["erratum", "holds", "refines", "rule:", "×"] {
            assert!(!claim.reason.contains(judgement), "{}", claim.reason);
        }
    }

    #[test]
    fn a_failed_rule_never_prints_the_ledgers_holds() {
        let ledger: Ledger = toml::from_str(
            "[[claim]]\nid='p/h'\nsection='s'\nsays='x'\nside='rust'\nkind='measure'\n\
             proof='bench:k'\nverdict='holds'\n\
             [[claim]]\nid='p/r'\nsection='s'\nsays='x'\nside='rust'\nkind='measure'\n\
             proof='bench:k'\nverdict='refined'\nnote='n'\n",
        )
        .unwrap();
        let r = rule_failed(&ledger, "p/h", "a", "2.10 cycles", "`at-most` (≤ 2)");
        assert_eq!((r.verdict, r.ledger), (None, Some(Verdict::Holds)));
        assert!(
            r.reason.contains("`at-most` (≤ 2) does not hold"),
            "{}",
            r.reason
        );
        assert!(r.reason.contains("the ledger says `holds`"), "{}", r.reason);
        let r = rule_failed(&ledger, "p/r", "a", "2.10 cycles", "`at-most` (≤ 2)");
        assert_eq!(r.verdict, Some(Verdict::Refined));
        assert!(
            r.reason.contains("`at-most` (≤ 2) does not hold"),
            "{}",
            r.reason
        );
    }
}
