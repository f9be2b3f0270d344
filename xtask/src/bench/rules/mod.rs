//! The named rules a chapter's `benches.toml` may judge a claim by. Each settles a claim
//! mechanically from one measured figure (and, where it says so, the lecture's figure from the
//! claim's `lecture_figure`), and states itself in the reason it prints. A rule that cannot
//! decide returns `None`: the verdict is then the ledger's.
//!
//! | rule | reads | holds | refined | erratum |
//! |---|---|---|---|---|
//! | `at-least` | value, figure | ≥ figure | ≥ figure / `refines` (10) | below that |
//! | `orders-of-magnitude` | value (a ratio) | ≥ 10^`holds` (2) | ≥ 10× | < 10× |
//! | `within-factor` | value, figure | within `holds`× (3) | within `refines`× (10) | further off |
//! | `below` | value, figure, `floor` | < figure, or < figure above the floor | < `refines` (5) × figure above it | beyond |
//! | `in-range` | value or min/max, range, `baseline` | all inside | partly inside, past both ends, or inside while the baseline alone is below it | all on one side (or `outside`) |
//! | `speedup` | value, figure, `tasks` | ≥ 80 % of the figure | ≥ 70 % of min(tasks, cores), or > 1.1× | ≤ 1.1× |
//! | `parallel` | value, `tasks` | ≥ 70 % of min(tasks, cores) | > 1.1× | ≤ 1.1× |
//! | `no-speedup` | value | < 1.2× | ≥ 1.2× without a GIL | ≥ 1.2× with the GIL |
//! | `at-most` | value, `limit` | ≤ limit | (the ledger) | (the ledger) |
//! | `self-contained` | the build's probe, `variant` | the ordinary build needs nothing | only `variant` needs nothing | (the ledger) |
//! | `ledger` | nothing | the ledger's verdict, with its note | | |

use super::spec::{ClaimSpec, Outside, Rule};
use super::stats::{bytes, efficiency, parallel_bound, seconds, times};
use crate::ledger::{FigureUnit, LectureFigure, Verdict};

/// A verdict computed from the measurement, and the rule that gave it, in words.
pub type Ruled = Option<(Verdict, String)>;

/// What a rule is given: the evaluated expressions of its claim, the lecture's figure, the
/// machine.
#[derive(Debug, Clone, Default)]
pub struct Input<'a> {
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub floor: Option<f64>,
    pub baseline: Option<f64>,
    pub figure: Option<&'a LectureFigure>,
    pub cores: usize,
    pub gil: bool,
    /// `self-contained`: whether the ordinary build, and the named variant, need nothing.
    pub ordinary_free: Option<bool>,
    pub variant_free: Option<bool>,
}

/// A value in base units, shown next to a figure in `unit`.
pub fn show(unit: FigureUnit, base: f64) -> String {
    match unit {
        FigureUnit::Times => times(base),
        FigureUnit::Bytes => bytes(base),
        FigureUnit::Kilobytes => format!("{:.1} kB", base / 1e3),
        FigureUnit::Megabytes => format!("{:.1} MB", base / 1e6),
        FigureUnit::Gigabytes => format!("{:.1} GB", base / 1e9),
        FigureUnit::Milliseconds => format!("{} ms", plain(base / 1e-3)),
        FigureUnit::Microseconds => format!("{} µs", plain(base / 1e-6)),
        FigureUnit::Nanoseconds => format!("{} ns", plain(base / 1e-9)),
        FigureUnit::Seconds => seconds(base),
    }
}

/// `200` → `200`, `128.84` → `128.8`, `0.357` → `0.36`: as few digits as the figure needs.
fn plain(x: f64) -> String {
    let text = if x.abs() >= 100.0 {
        format!("{x:.0}")
    } else if x.abs() >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    };
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// Judges `claim` by its rule; `Err` says which input is missing (the verdict is then withheld).
pub fn judge(claim: &ClaimSpec, input: &Input<'_>) -> Result<Ruled, String> {
    claim.rule.judge(claim, input)
}

impl Rule {
    /// Judges; `Err` says which input is missing (the verdict is then withheld).
    fn judge(self, claim: &ClaimSpec, input: &Input<'_>) -> Result<Ruled, String> {
        let value = || input.value.ok_or("no measured value");
        let figure = || {
            input
                .figure
                .ok_or("the claim has no lecture_figure in claims.toml")
        };
        let point = || {
            let f = figure()?;
            f.point()
                .map(|p| (p, f.unit))
                .ok_or("its lecture_figure is a range; this rule needs one value")
        };
        let tasks = claim.tasks.unwrap_or(1.0).max(1.0) as usize;
        Ok(match self {
            Rule::Ledger => None,
            Rule::AtLeast => {
                let (p, unit) = point()?;
                at_least(value()?, p, claim.refines.unwrap_or(10.0), unit)
            }
            Rule::OrdersOfMagnitude => orders_of_magnitude(value()?, claim.holds.unwrap_or(2.0)),
            Rule::WithinFactor => {
                let (p, unit) = point()?;
                let (holds, refines) = (claim.holds.unwrap_or(3.0), claim.refines.unwrap_or(10.0));
                within_factor(value()?, p, holds, refines, unit)
            }
            Rule::Below => {
                let (p, unit) = point()?;
                below(value()?, p, input.floor, claim.refines.unwrap_or(5.0), unit)
            }
            Rule::InRange => {
                let f = figure()?;
                let (low, high) = f
                    .range()
                    .ok_or("its lecture_figure is one value, not a range")?;
                let (min, max) = match (input.min, input.max) {
                    (Some(min), Some(max)) => (min, max),
                    _ => (value()?, value()?),
                };
                let outside = match claim.outside {
                    Some(Outside::Refined) => Verdict::Refined,
                    _ => Verdict::Erratum,
                };
                let show = |v| show(f.unit, v);
                in_range(min, max, (low, high), input.baseline, outside, show)
            }
            Rule::Speedup => {
                let (p, _) = point()?;
                speedup(value()?, p, tasks, input.cores)
            }
            Rule::Parallel => parallel(value()?, tasks, input.cores),
            Rule::NoSpeedup => no_speedup(value()?, input.gil),
            Rule::AtMost => {
                let (v, limit) = (value()?, claim.limit.unwrap_or(0.0));
                (v <= limit).then(|| {
                    (
                        Verdict::Holds,
                        format!("{v:.2}, within the limit of {limit} (rule: ≤ {limit} holds)"),
                    )
                })
            }
            Rule::SelfContained => match (input.ordinary_free, input.variant_free) {
                (Some(true), _) => Some((
                    Verdict::Holds,
                    "even the ordinary build needs nothing from the system (rule)".into(),
                )),
                (Some(false), Some(true)) => Some((
                    Verdict::Refined,
                    format!(
                        "the ordinary build needs what the probe names; only the `{}` build needs \
                         nothing (rule: refined when only the variant is self-contained)",
                        claim.variant.as_deref().unwrap_or("?")
                    ),
                )),
                (Some(false), Some(false)) => None,
                _ => return Err("no probe of the builds to judge".into()),
            },
        })
    }
}

fn at_least(value: f64, figure: f64, refines: f64, unit: FigureUnit) -> Ruled {
    let (v, f) = (show(unit, value), show(unit, figure));
    Some(if value >= figure {
        (Verdict::Holds, format!("{v} ≥ the lecture's {f} (rule)"))
    } else if value >= figure / refines {
        (
            Verdict::Refined,
            format!("{v}, below the lecture's {f} (rule: within {refines}× below refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{v}, far below the lecture's {f} (rule: more than {refines}× below)"),
        )
    })
}

/// "Orders of magnitude faster": `orders` orders hold it, one order refines it.
pub fn orders_of_magnitude(ratio: f64, orders: f64) -> Ruled {
    let r = times(ratio);
    let needed = 10f64.powf(orders);
    Some(if ratio >= needed {
        (
            Verdict::Holds,
            format!(
                "{r} is at least {orders} orders of magnitude (rule: ≥ {} holds)",
                times(needed)
            ),
        )
    } else if ratio >= 10.0 {
        (
            Verdict::Refined,
            format!("{r}: one order of magnitude, not several (rule: 10–{needed}× refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{r} is less than one order of magnitude (rule: < 10× is an erratum)"),
        )
    })
}

fn within_factor(value: f64, figure: f64, holds: f64, refines: f64, unit: FigureUnit) -> Ruled {
    let off = value / figure;
    let f = show(unit, figure);
    Some(if (1.0 / holds..=holds).contains(&off) {
        (
            Verdict::Holds,
            format!("within {holds}× of the lecture's {f} (rule)"),
        )
    } else if (1.0 / refines..=refines).contains(&off) {
        (
            Verdict::Refined,
            format!(
                "{} off the lecture's {f} (rule: {holds}–{refines}× off refines)",
                times(off.max(1.0 / off))
            ),
        )
    } else {
        let how = if off > 1.0 {
            format!("{} more than", times(off))
        } else {
            format!("{} less than", times(1.0 / off))
        };
        (
            Verdict::Erratum,
            format!("{how} the lecture's {f} (rule: more than {refines}× off is an erratum)"),
        )
    })
}

fn below(value: f64, figure: f64, floor: Option<f64>, refines: f64, unit: FigureUnit) -> Ruled {
    let (v, f) = (show(unit, value), show(unit, figure));
    let floor = floor.unwrap_or(0.0);
    let own = value - floor;
    let (o, fl) = (show(unit, own.max(0.0)), show(unit, floor));
    Some(if value < figure {
        (
            Verdict::Holds,
            format!("{v} < {f}, everything included (rule)"),
        )
    } else if own < figure {
        (
            Verdict::Holds,
            format!(
                "{v}, of which {fl} is the floor every run pays: {o} above it, < {f} (rule: \
                 above the floor, < {f} holds)"
            ),
        )
    } else if own < refines * figure {
        (
            Verdict::Refined,
            format!("{o} above the floor (rule: up to {refines}× the lecture's {f} refines)"),
        )
    } else {
        (
            Verdict::Erratum,
            format!("{o} above the floor (rule: ≥ {refines}× the lecture's {f} is an erratum)"),
        )
    })
}

fn in_range(
    min: f64,
    max: f64,
    (low, high): (f64, f64),
    baseline: Option<f64>,
    outside: Verdict,
    show: impl Fn(f64) -> String,
) -> Ruled {
    let span = if min == max {
        show(min)
    } else {
        format!("{}–{}", show(min), show(max))
    };
    let range = format!("{}–{}", show(low), show(high));
    let inside = |v: f64| (low..=high).contains(&v);
    Some(match (inside(min), inside(max)) {
        (true, true) => match baseline {
            Some(base) if base < low => (
                Verdict::Refined,
                format!(
                    "{span} lies in {range}, but without what the claim is about it is {}: the \
                     time is that part's (rule: in range with the baseline below it refines)",
                    show(base)
                ),
            ),
            _ => (Verdict::Holds, format!("{span} lies in {range} (rule)")),
        },
        (true, false) | (false, true) => (
            Verdict::Refined,
            format!("{span}: only partly in {range} (rule: partly inside refines)"),
        ),
        // Covering the range and past both its ends: the range is too narrow, not misplaced.
        (false, false) if min < low && max > high => (
            Verdict::Refined,
            format!(
                "{span} runs past both ends of {range}: the range is too narrow (rule: a span \
                 wider than the range refines)"
            ),
        ),
        _ => {
            let side = if max < low { "below" } else { "above" };
            (
                outside,
                format!("{span}: all {side} {range} (rule: outside the range is `{outside}`)"),
            )
        }
    })
}

/// A claimed parallel speedup ("~4× faster") against the measured one, bounded by the cores.
fn speedup(speedup: f64, claimed: f64, tasks: usize, cores: usize) -> Ruled {
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
fn parallel(speedup: f64, tasks: usize, cores: usize) -> Ruled {
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
fn no_speedup(speedup: f64, gil_enabled: bool) -> Ruled {
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

#[cfg(test)]
mod tests;
