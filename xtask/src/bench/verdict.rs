//! Verdicts. Where a measurement settles a claim mechanically, the rule (`super::rules`) gives
//! it, stated in the reason it prints; otherwise the verdict is the ledger's. A verdict the data
//! cannot support is never printed: the row then says why there is none.
//!
//! A run keeps its own part only ([`Judged`]: the rule's verdict and reason, or why there is
//! none). The ledger's part (the lecture's words, the ledger's verdict beside the rule's, its
//! note) is joined when the report is shown ([`shown`]), from the ledger as it is then: a
//! recorded run never repeats words the ledger has since changed.

use super::rules::Ruled;
use super::{Bench, ClaimRow, Judged};
use crate::ledger::{Ledger, Verdict};

/// The row for `claim`: the rule's verdict when it gave one, else the ledger's.
pub fn row(claim: &str, measured: &str, ruled: Ruled) -> ClaimRow {
    let judged = match ruled {
        Some((verdict, reason)) => Judged::Rule { verdict, reason },
        None => Judged::Ledger,
    };
    ClaimRow {
        claim: claim.into(),
        measured: measured.into(),
        judged,
    }
}

/// The row for `claim` when its deciding rule (named as `rule`) does not hold on this run.
pub fn rule_failed(claim: &str, measured: &str, rule: &str) -> ClaimRow {
    ClaimRow {
        claim: claim.into(),
        measured: measured.into(),
        judged: Judged::RuleFailed { rule: rule.into() },
    }
}

/// A row with no verdict at all, and why (the data is missing or cannot be trusted).
pub fn withheld(claim: &str, measured: &str, why: &str) -> ClaimRow {
    ClaimRow {
        claim: claim.into(),
        measured: measured.into(),
        judged: Judged::None { why: why.into() },
    }
}

/// A claim's row as it is shown: the run's part joined with the ledger's, as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The lecture's figure in words (`lecture_figure.said`), else the ledger's `says`.
    pub lecture: String,
    /// `None` when the data cannot support one (and always under `--quick`).
    pub verdict: Option<Verdict>,
    pub reason: String,
}

/// The rule's verdict when there is one (with the ledger's beside it when they differ), else the
/// ledger's; never the ledger's `holds` against a rule that failed on this run.
pub fn shown(row: &ClaimRow, ledger: &Ledger) -> Shown {
    let entry = ledger.claim(&row.claim);
    let lecture = entry
        .map(|e| {
            e.lecture_figure
                .as_ref()
                .and_then(|f| f.said.clone())
                .unwrap_or_else(|| e.says.clone())
        })
        .unwrap_or_else(|| "(not in the ledger)".into());
    let in_ledger = entry.map(|c| c.verdict);
    let (verdict, reason) = match (&row.judged, entry) {
        (Judged::Rule { verdict, reason }, _) => {
            let beside = match in_ledger {
                Some(l) if l != *verdict => format!(" (the ledger says `{l}`)"),
                None => " (not in the ledger yet)".into(),
                _ => String::new(),
            };
            (Some(*verdict), format!("{reason}{beside}"))
        }
        (Judged::RuleFailed { rule }, _) => {
            let failed = format!("the rule {rule} does not hold on this run");
            match in_ledger {
                Some(Verdict::Holds) => (
                    None,
                    format!("{failed}; the ledger says `holds`, which this run does not support"),
                ),
                Some(v) => (Some(v), format!("{failed}; the ledger says `{v}`")),
                None => (
                    None,
                    format!("{failed}, and the ledger has no entry for it yet"),
                ),
            }
        }
        (Judged::Ledger, Some(c)) => (
            Some(c.verdict),
            c.note
                .clone()
                .unwrap_or_else(|| "the ledger: the claim holds as stated".into()),
        ),
        (Judged::Ledger, None) => (
            None,
            "no rule decides this from the data, and the ledger has no entry for it yet".into(),
        ),
        (Judged::None { why }, _) => (None, why.clone()),
    };
    Shown {
        lecture,
        verdict,
        reason,
    }
}

/// Under `--quick` the sizes are tiny and the build is debug: no verdict, only the machinery. The
/// rule's or the ledger's words are not kept: "< 10× is an erratum" beside "no verdict" reads
/// as a judgement of these meaningless figures.
pub fn withhold_for_quick(bench: &mut Bench) {
    for claim in &mut bench.claims {
        if !matches!(claim.judged, Judged::None { .. }) {
            claim.judged = Judged::None {
                why: "--quick (tiny sizes, debug build): no verdict; a full run of \
                      `cargo xtask bench` judges this claim"
                    .into(),
            };
        }
    }
}

#[cfg(test)]
mod tests;
