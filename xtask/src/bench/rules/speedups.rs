//! The rules for parallel speedups. Apart from the figure rules because the machine enters them:
//! a speedup is bounded by min(tasks, cores), so a claim of ~4× measured on two cores is judged
//! by how much of what those cores allow it reached, not by the lecture's number alone.

use super::Ruled;
use crate::bench::stats::{efficiency, parallel_bound, times};
use crate::ledger::Verdict;

/// A claimed parallel speedup ("~4× faster") against the measured one, bounded by the cores.
pub(super) fn speedup(speedup: f64, claimed: f64, tasks: usize, cores: usize) -> Ruled {
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

/// "Parallel", with no figure: a speedup near what the cores allow holds it.
pub(super) fn parallel(speedup: f64, tasks: usize, cores: usize) -> Ruled {
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

/// "Threads do not speed up CPU work" (the GIL): judged by the speedup and the interpreter.
pub(super) fn no_speedup(speedup: f64, gil_enabled: bool) -> Ruled {
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
