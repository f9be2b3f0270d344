//! One vocabulary for a chapter's claims, used by every command that counts them, so that the
//! totals agree everywhere: each claim is counted once by its verdict (what the ledger says of the
//! lecture) and, after `cargo xtask test`, once by its standing (what the run showed).

use std::collections::HashMap;
use std::fmt;

use crate::ledger::{Claim, Kind, Ledger, Verdict};
use crate::testlog::Outcome;

/// `1 claim` / `2 claims`: a count with its noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "51 claims: 23 hold, 17 refined, 11 errata" — the ledger's verdicts, each claim once.
pub fn verdicts(ledger: &Ledger) -> String {
    let n = |v: Verdict| ledger.claims.iter().filter(|c| c.verdict == v).count();
    format!(
        "{}: {} hold, {} refined, {}",
        count(ledger.claims.len(), "claim", "claims"),
        n(Verdict::Holds),
        n(Verdict::Refined),
        count(n(Verdict::Erratum), "erratum", "errata"),
    )
}

/// What a test run showed of one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Every test-like proof (ui, exercise, Rust test, pytest, mypy case) ran and passed: the
    /// ledger's verdict, whichever it is, is shown true.
    Proven,
    /// A `measure` claim: its verdict rests on `cargo xtask bench` figures (a time is never a
    /// test); any tests it also names (of the kernels) ran and passed.
    Measured,
    /// Its proof is a source, not a run.
    Cited,
    /// Not checkable in this workspace (the ledger says where it will be).
    NotHere,
    /// A proof failed, was ignored, or did not run: the reasons.
    Failing(String),
}

impl Standing {
    pub fn label(&self) -> &'static str {
        match self {
            Standing::Proven => "proven",
            Standing::Measured => "measured",
            Standing::Cited => "cited",
            Standing::NotHere => "not-here",
            Standing::Failing(_) => "FAILING",
        }
    }
}

/// A claim's standing, from the outcomes of the run keyed as [`crate::ledger::Proof::result_key`].
pub fn standing(claim: &Claim, results: &HashMap<String, Outcome>) -> Standing {
    let keys: Vec<String> = claim
        .proofs()
        .iter()
        .filter_map(|p| p.result_key())
        .collect();
    if keys.is_empty() {
        return match claim.kind {
            Kind::Cited => Standing::Cited,
            Kind::NotHere => Standing::NotHere,
            _ => Standing::Measured,
        };
    }
    let problems: Vec<String> = keys
        .iter()
        .filter_map(|key| match results.get(key) {
            Some(Outcome::Passed) => None,
            Some(Outcome::Failed) => Some(format!("{key} failed")),
            Some(Outcome::Ignored) => Some(format!("{key} is ignored")),
            None => Some(format!("{key} did not run")),
        })
        .collect();
    match (problems.is_empty(), claim.kind) {
        (false, _) => Standing::Failing(problems.join("; ")),
        // Its tests check the kernels (the same result on both sides, the step counts); the
        // verdict itself rests on the figures, which only `cargo xtask bench` measures.
        (true, Kind::Measure) => Standing::Measured,
        (true, _) => Standing::Proven,
    }
}

/// The standings of a chapter's claims, each claim counted once.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    pub proven: usize,
    pub measured: usize,
    pub cited: usize,
    pub not_here: usize,
    pub failing: usize,
}

impl Tally {
    pub fn add(&mut self, standing: &Standing) {
        match standing {
            Standing::Proven => self.proven += 1,
            Standing::Measured => self.measured += 1,
            Standing::Cited => self.cited += 1,
            Standing::NotHere => self.not_here += 1,
            Standing::Failing(_) => self.failing += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.proven + self.measured + self.cited + self.not_here + self.failing
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} proven, {} measured, {} cited, {} not-here, {} failing",
            self.proven, self.measured, self.cited, self.not_here, self.failing
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger(text: &str) -> Ledger {
        toml::from_str(text).expect("a fixture ledger")
    }

    const LEDGER: &str = r#"
[[claim]]
id = "a/tested"
section = "S"
says = "x"
side = "rust"
kind = "runtime"
proof = "chapters/ch09-x/tests/a.rs::works"
verdict = "holds"

[[claim]]
id = "a/tested-and-measured"
section = "S"
says = "x"
side = "rust"
kind = "measure"
proof = ["bench:k", "chapters/ch09-x/tests/a.rs::also_works"]
verdict = "erratum"
note = "n"

[[claim]]
id = "a/measured"
section = "S"
says = "x"
side = "both"
kind = "measure"
proof = "bench:k"
verdict = "refined"
note = "n"

[[claim]]
id = "a/cited"
section = "S"
says = "x"
side = "python"
kind = "cited"
proof = "Some source, 2024"
verdict = "holds"
"#;

    #[test]
    fn every_claim_is_counted_once_whatever_its_proofs() {
        let ledger = ledger(LEDGER);
        let mut results = HashMap::new();
        results.insert("ch09-x::tests/a.rs::works".to_string(), Outcome::Passed);
        results.insert(
            "ch09-x::tests/a.rs::also_works".to_string(),
            Outcome::Passed,
        );
        let mut tally = Tally::default();
        for claim in &ledger.claims {
            tally.add(&standing(claim, &results));
        }
        assert_eq!(tally.total(), ledger.claims.len());
        // The measure claim with a kernel test is measured, not proven: a time is never a test.
        assert_eq!((tally.proven, tally.measured, tally.cited), (1, 2, 1));
        assert_eq!(verdicts(&ledger), "4 claims: 2 hold, 1 refined, 1 erratum");
    }

    #[test]
    fn a_proof_that_did_not_run_fails_its_claim() {
        let ledger = ledger(LEDGER);
        let got = standing(&ledger.claims[0], &HashMap::new());
        assert_eq!(
            got,
            Standing::Failing("ch09-x::tests/a.rs::works did not run".into())
        );
    }

    #[test]
    fn an_ignored_proof_fails_its_claim() {
        let ledger = ledger(LEDGER);
        let results = HashMap::from([("ch09-x::tests/a.rs::works".to_string(), Outcome::Ignored)]);
        let got = standing(&ledger.claims[0], &results);
        assert_eq!(
            got,
            Standing::Failing("ch09-x::tests/a.rs::works is ignored".into())
        );
    }
}
