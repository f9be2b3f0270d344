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
use super::stats::{bytes, seconds, times};
use crate::ledger::{FigureUnit, LectureFigure, Verdict};

mod figure;
mod speedups;

pub use figure::orders_of_magnitude;
use figure::{at_least, below, in_range, within_factor};
use speedups::{no_speedup, parallel, speedup};

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

#[cfg(test)]
mod tests;
