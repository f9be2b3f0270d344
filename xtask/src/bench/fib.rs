//! `fib`: the lecture's fibonacci loop. Its figures (~45 s in Python, ~0.3 s in Rust, for the
//! list of `fibonacci(i)` below ten million) cannot be measured as written: the work is
//! quadratic. The demo pair times the lecture's loop at sizes that finish (from which the
//! lecture's size is extrapolated) and an honest kernel, `fibonacci(i % 90)`, on both sides.

use super::pairs::{self, Side};
use super::stats::{Stats, Unit, long_duration, ratio, scientific, seconds, times};
use super::verdict::{self, Ruled};
use super::{Bench, BenchError, Ctx, Figure, Row, failed};
use crate::ledger::Verdict;

pub(super) const NAME: &str = "fib";
const DEMO: &str = "fibonacci";
/// Kernel calls (about 44.5 loop steps each). Python spends ~0.1 s per 100 000 calls; each
/// process runs the kernel six times (warm-up and five repetitions) after the lecture's series.
const SIZE: u64 = 200_000;
const QUICK_SIZE: u64 = 1_000;
/// The lecture's list length and its figures, in seconds.
const LECTURE_N: f64 = 10_000_000.0;
const LECTURE_PYTHON: f64 = 45.0;
const LECTURE_RUST: f64 = 0.3;

/// Loop steps of `[fibonacci(i) for i in range(n)]`: (n − 2)(n − 1) / 2.
fn lecture_steps(n: f64) -> f64 {
    if n < 2.0 {
        0.0
    } else {
        (n - 2.0) * (n - 1.0) / 2.0
    }
}

pub fn run(ctx: &mut Ctx<'_>) -> Result<Bench, BenchError> {
    let size = if ctx.quick { QUICK_SIZE } else { SIZE };
    let runs = pairs::run(ctx, NAME, DEMO, size)?;
    let steps_text = runs.value(Side::Rust, "fib_kernel_steps")?;
    let steps: f64 = steps_text.trim().parse().map_err(|_| {
        failed(
            NAME,
            format!("`fib_kernel_steps` should be a whole number, found {steps_text:?}"),
        )
    })?;
    if steps <= 0.0 {
        return Err(failed(
            NAME,
            "the kernel made no loop steps: use a larger size",
        ));
    }
    let rust = runs.timed(Side::Rust, "fib_kernel")?;
    let python = runs.timed(Side::Python, "fib_kernel")?;
    let ns = |s: &Stats| s.median * 1e9 / steps;
    let (rust_ns, python_ns) = (ns(&rust.stats), ns(&python.stats));
    let cycles = ctx.machine.nominal_mhz.map(|mhz| rust_ns * mhz / 1e3);
    let rust_detail = match (cycles, ctx.machine.nominal_mhz) {
        (Some(c), Some(mhz)) => format!(
            "{rust_ns:.2} ns/step = {c:.2} cycles/step at {mhz:.0} MHz (nominal); limit 1 \
             (one dependent add per step)"
        ),
        _ => format!("{rust_ns:.2} ns/step (no clock in /proc/cpuinfo to count cycles)"),
    };

    let mut rows = vec![
        Row {
            case: "fib_kernel".into(),
            series: "Rust".into(),
            stats: rust.stats,
            result: rust.result.clone(),
            detail: rust_detail,
        },
        Row {
            case: "fib_kernel".into(),
            series: "Python".into(),
            stats: python.stats,
            result: python.result.clone(),
            detail: format!("{python_ns:.1} ns/step"),
        },
    ];
    let mut figures = Vec::new();
    let speed = ratio(python.stats.median, rust.stats.median)
        .ok_or_else(|| failed(NAME, "the Rust kernel reported no time at all"))?;
    figures.push(Figure {
        label: "Python / Rust, honest kernel (medians)".into(),
        value: speed,
        text: times(speed),
    });

    // The lecture's loop as written, at the largest size both sides ran.
    let largest = runs
        .cases(Side::Rust)
        .iter()
        .filter_map(|c| c.strip_prefix("lecture_loop_")?.parse::<u64>().ok())
        .max();
    let mut paces = None;
    if let Some(n) = largest {
        let case = format!("lecture_loop_{n}");
        let (r, p) = (
            runs.timed(Side::Rust, &case)?,
            runs.timed(Side::Python, &case)?,
        );
        let steps_n = lecture_steps(n as f64);
        let pace = |s: &Stats| s.median / steps_n;
        let (rust_pace, python_pace) = (pace(&r.stats), pace(&p.stats));
        for (series, t, pace) in [("Rust", r, rust_pace), ("Python", p, python_pace)] {
            rows.push(Row {
                case: case.clone(),
                series: series.into(),
                stats: t.stats,
                result: t.result,
                detail: format!("{:.2} ns/step (the lecture's loop, n = {n})", pace * 1e9),
            });
        }
        paces = Some((n, rust_pace, python_pace));
    }

    let lecture_steps_n = lecture_steps(LECTURE_N);
    let mut claims = Vec::new();
    match paces {
        Some((n, rust_pace, python_pace)) => {
            for (claim, said, figure, pace, lower_bound) in [
                (
                    "perf/fib-python-time",
                    "~45 s in Python",
                    LECTURE_PYTHON,
                    python_pace,
                    true,
                ),
                (
                    "perf/fib-rust-time",
                    "~0.3 s in Rust",
                    LECTURE_RUST,
                    rust_pace,
                    false,
                ),
            ] {
                let projected = pace * lecture_steps_n;
                let at_least = if lower_bound { "at least " } else { "" };
                claims.push(verdict::row(
                    ctx.ledger,
                    claim,
                    &format!("{said} for the list of fibonacci(i), i < 10 M"),
                    &format!(
                        "{} loop steps as written: {at_least}{} at the pace measured at n = {n}",
                        scientific(lecture_steps_n),
                        long_duration(projected)
                    ),
                    projection_rule(projected, figure),
                ));
            }
            figures.push(Figure {
                label: "the lecture's list (n = 10 M), projected, Python".into(),
                value: python_pace * lecture_steps_n,
                text: format!("≥ {}", long_duration(python_pace * lecture_steps_n)),
            });
            figures.push(Figure {
                label: "the lecture's list (n = 10 M), projected, Rust".into(),
                value: rust_pace * lecture_steps_n,
                text: long_duration(rust_pace * lecture_steps_n),
            });
        }
        None => {
            for claim in ["perf/fib-python-time", "perf/fib-rust-time"] {
                claims.push(verdict::withheld(
                    ctx.ledger,
                    claim,
                    "~45 s (Python) / ~0.3 s (Rust) for fibonacci(i), i < 10 M",
                    "the demo printed no lecture_loop_<n> case to project from",
                    "no measurement of the loop as written",
                ));
            }
        }
    }
    claims.push(verdict::row(
        ctx.ledger,
        "perf/fib-ratio",
        "orders of magnitude (~45 s / ~0.3 s = 150×)",
        &format!(
            "honest kernel: Python {} vs Rust {} = {}",
            seconds(python.stats.median),
            seconds(rust.stats.median),
            times(speed)
        ),
        verdict::orders_of_magnitude(speed),
    ));
    let cycles_measured = match (cycles, ctx.machine.nominal_mhz) {
        (Some(c), Some(mhz)) => {
            format!("{rust_ns:.2} ns/step = {c:.2} cycles at {mhz:.0} MHz nominal")
        }
        _ => format!("{rust_ns:.2} ns/step"),
    };
    let cycles_rule = cycles.and_then(cycles_rule);
    claims.push(match cycles {
        Some(c) if c < 0.5 => verdict::withheld(
            ctx.ledger,
            "perf/why-rust-fast",
            "a handful of add/mov instructions per step",
            &cycles_measured,
            &format!(
                "{c:.2} cycles per step is faster than one dependent add per nominal cycle: the \
                 CPU runs above its nominal clock, or the work was optimised away; no verdict"
            ),
        ),
        _ => verdict::row(
            ctx.ledger,
            "perf/why-rust-fast",
            "a handful of add/mov instructions per step",
            &cycles_measured,
            cycles_rule,
        ),
    });
    if let Some(c) = cycles {
        figures.push(Figure {
            label: "Rust cycles per loop step (nominal clock; limit 1)".into(),
            value: c,
            text: format!("{c:.2}"),
        });
    }

    Ok(Bench {
        name: NAME,
        title: "the fibonacci loop: the lecture's list, and an honest kernel".into(),
        input: format!(
            "fibonacci(i % 90) for i < {size} ({} loop steps, the same on both sides); each run \
             reports its in-process median after a warm-up",
            scientific(steps)
        ),
        unit: Unit::Seconds,
        rows,
        figures,
        claims,
        notes: vec![
            "The lecture's list costs (n − 2)(n − 1)/2 loop steps; it is timed at sizes that \
             finish and projected to n = 10 M at the measured pace (Python's projection is a \
             lower bound: its integers keep growing, and every step with them)."
                .into(),
        ],
    })
}

/// A projected time against the lecture's: more than 10× off is an erratum.
fn projection_rule(projected: f64, figure: f64) -> Ruled {
    let off = projected / figure;
    Some(if (1.0 / 3.0..=3.0).contains(&off) {
        (
            Verdict::Holds,
            format!("within 3× of the lecture's {} (rule)", seconds(figure)),
        )
    } else if (0.1..=10.0).contains(&off) {
        (
            Verdict::Refined,
            format!(
                "{} off the lecture's {} (rule: 3–10× off refines)",
                times(off.max(1.0 / off)),
                seconds(figure)
            ),
        )
    } else {
        (
            Verdict::Erratum,
            format!(
                "{} the lecture's {}: the loop as written is quadratic (rule: more than 10× off \
                 is an erratum)",
                if off > 1.0 {
                    format!("{} longer than", times(off))
                } else {
                    format!("{} shorter than", times(1.0 / off))
                },
                seconds(figure)
            ),
        )
    })
}

/// Within two cycles per step of the one-add-per-cycle limit: the loop is what the lecture says.
fn cycles_rule(cycles: f64) -> Ruled {
    (cycles <= 2.0).then(|| {
        (
            Verdict::Holds,
            format!(
                "{cycles:.2} cycles per step, within 2 of the limit of one dependent add per \
                 cycle: the loop is a few register instructions, no calls (rule: ≤ 2 holds)"
            ),
        )
    })
}
