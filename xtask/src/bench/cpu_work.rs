//! `cpu_work`: four tasks of `cpu_work(n)` done one by one, on threads and on a pool, on both
//! sides (Python's pool is multiprocessing, Rust's is Rayon), plus numpy on the Python side.
//! Speedups are against each side's own sequential run; efficiency is against min(tasks, cores).
//!
//! The two sides run the same n (results equal, and the cross-language ratio). Rust finishes
//! that n in a few milliseconds, too short for its parallel speedup to be more than thread
//! start-up and scheduling noise, so the Rust side alone runs again at a larger n for its
//! speedups; every result of both runs is checked against the closed form n(n − 1)(2n − 1)/6,
//! which also proves that the loop computed what it was timed on.

use super::pairs::{self, Runs, Side, Timed};
use super::stats::{Unit, efficiency, parallel_bound, ratio, seconds, times};
use super::verdict;
use super::{Bench, BenchError, ClaimRow, Ctx, Figure, Row, failed};

pub(super) const NAME: &str = "cpu_work";
const DEMO: &str = "gil_threads";
const TASKS: usize = 4;
/// n per task on both sides. Python needs ~60 ns per element and runs every variant four times
/// per process (a warm-up and three repetitions): about 8 s a process. Much smaller, and the
/// pool's start-up (processes, pickling) hides multiprocessing's speedup.
const SIZE: u64 = 3_000_000;
/// n per task for Rust's speedups: about 0.3 s of work per variant.
const RUST_SIZE: u64 = 100_000_000;
const QUICK_SIZE: u64 = 1_000;
const QUICK_RUST_SIZE: u64 = 2_000;
/// Below this many nanoseconds per element the loop cannot have run: a 128-bit square and add
/// per element at 20 elements per nanosecond is beyond any CPU. A sum the optimiser folded to
/// its closed form lands here, and must not be reported as a speedup.
const FOLDED_NS_PER_ELEMENT: f64 = 0.05;

/// Σ i² for i < n, the value every task must return.
fn sum_of_squares(n: u64) -> u128 {
    let n = u128::from(n);
    if n == 0 {
        0
    } else {
        n * (n - 1) * (2 * n - 1) / 6
    }
}

/// The four results must each be the closed form's value: the work was done, and done right.
fn check_sums(runs: &Runs, side: Side, n: u64) -> Result<(), BenchError> {
    let printed = runs.value(side, "sequential")?;
    let expected = sum_of_squares(n).to_string();
    let right =
        printed.split(',').map(str::trim).collect::<Vec<_>>() == vec![expected.as_str(); TASKS];
    if right {
        Ok(())
    } else {
        Err(failed(
            NAME,
            format!(
                "the {} side's cpu_work({n}) printed {printed:?}; each of the {TASKS} tasks \
                 should return Σ i² = {expected}",
                side.name()
            ),
        ))
    }
}

fn short(n: u64) -> String {
    if n >= 1_000_000 && n.is_multiple_of(1_000_000) {
        format!("{} M", n / 1_000_000)
    } else {
        n.to_string()
    }
}

pub fn run(ctx: &mut Ctx<'_>) -> Result<Bench, BenchError> {
    let (n, big) = if ctx.quick {
        (QUICK_SIZE, QUICK_RUST_SIZE)
    } else {
        (SIZE, RUST_SIZE)
    };
    let paired = pairs::run(ctx, NAME, DEMO, n)?;
    let alone = pairs::run_rust_only(ctx, NAME, DEMO, big)?;
    let cores: usize = paired
        .value(Side::Rust, "cores")?
        .trim()
        .parse()
        .map_err(|_| failed(NAME, "the `cores` line should be a whole number"))?;
    check_sums(&paired, Side::Python, n)?;
    check_sums(&alone, Side::Rust, big)?;
    for (runs, side) in [
        (&paired, Side::Python),
        (&paired, Side::Rust),
        (&alone, Side::Rust),
    ] {
        for case in ["threads", "pool"] {
            runs.same_result((side, case), (side, "sequential"))?;
        }
    }
    let py = |case| paired.timed(Side::Python, case);
    let (py_seq, py_thr, py_pool) = (py("sequential")?, py("threads")?, py("pool")?);
    let numpy = paired.timed(Side::Python, "numpy").ok();
    if numpy.is_some() {
        paired.same_result((Side::Python, "numpy"), (Side::Python, "sequential"))?;
    }
    let rs_same = paired.timed(Side::Rust, "sequential")?;
    let rs = |case| alone.timed(Side::Rust, case);
    let (rs_seq, rs_thr, rs_pool) = (rs("sequential")?, rs("threads")?, rs("pool")?);

    let per_element = |t: &Timed, n: u64| t.stats.median * 1e9 / (TASKS as f64 * n as f64);
    let (nanos_same, nanos) = (per_element(&rs_same, n), per_element(&rs_seq, big));
    let folded = nanos_same.min(nanos) < FOLDED_NS_PER_ELEMENT;
    let bound = parallel_bound(TASKS, cores);
    let speedup =
        |seq: &Timed, par: &Timed| ratio(seq.stats.median, par.stats.median).unwrap_or(0.0);
    let detail = |seq: &Timed, t: &Timed, what: &str| {
        let s = speedup(seq, t);
        let pct = 100.0 * efficiency(s, TASKS, cores);
        format!(
            "{what}: {} the sequential speed, {pct:.0} % of {bound}×",
            times(s)
        )
    };
    let row = |case: String, series: &str, t: &Timed, detail: String| Row {
        case,
        series: series.into(),
        stats: t.stats,
        result: t.result.clone(),
        detail,
    };
    let (at_n, at_big) = (format!("n = {}", short(n)), format!("n = {}", short(big)));
    let mut rows = vec![
        row(
            format!("sequential, {at_n}"),
            "Python",
            &py_seq,
            format!("{:.1} ns per element", per_element(&py_seq, n)),
        ),
        row(
            format!("threads, {at_n}"),
            "Python",
            &py_thr,
            detail(&py_seq, &py_thr, "4 threads"),
        ),
        row(
            format!("pool, {at_n}"),
            "Python",
            &py_pool,
            detail(&py_seq, &py_pool, "multiprocessing.Pool(4)"),
        ),
    ];
    if let Some(np) = &numpy {
        let s = times(speedup(&py_seq, np));
        rows.push(row(
            format!("numpy, {at_n}"),
            "Python",
            np,
            format!("vectorised: {s} the sequential speed, one core"),
        ));
    }
    rows.extend([
        row(
            format!("sequential, {at_n}"),
            "Rust",
            &rs_same,
            format!("{nanos_same:.2} ns per element"),
        ),
        row(
            format!("sequential, {at_big}"),
            "Rust",
            &rs_seq,
            format!("{nanos:.2} ns per element"),
        ),
        row(
            format!("threads, {at_big}"),
            "Rust",
            &rs_thr,
            detail(&rs_seq, &rs_thr, "4 threads"),
        ),
        row(
            format!("pool, {at_big}"),
            "Rust",
            &rs_pool,
            detail(&rs_seq, &rs_pool, "Rayon"),
        ),
    ]);

    let cross = ratio(py_seq.stats.median, rs_same.stats.median).unwrap_or(0.0);
    let mut figures = vec![Figure {
        label: format!("Python / Rust, sequential, {at_n}"),
        value: cross,
        text: times(cross),
    }];
    for (label, s) in [
        (format!("Python threads, {at_n}"), speedup(&py_seq, &py_thr)),
        (
            format!("Python multiprocessing, {at_n}"),
            speedup(&py_seq, &py_pool),
        ),
        (format!("Rust threads, {at_big}"), speedup(&rs_seq, &rs_thr)),
        (format!("Rayon, {at_big}"), speedup(&rs_seq, &rs_pool)),
    ] {
        let pct = 100.0 * efficiency(s, TASKS, cores);
        figures.push(Figure {
            label: format!("speedup, {label} (bound {bound}× on {cores} cores)"),
            value: s,
            text: format!("{} ({pct:.0} %)", times(s)),
        });
    }
    if let Some(np) = &numpy {
        let r = ratio(np.stats.median, rs_same.stats.median).unwrap_or(0.0);
        figures.push(Figure {
            label: format!("numpy / Rust sequential, {at_n}"),
            value: r,
            text: times(r),
        });
    }

    let claims = claims(
        ctx,
        cores,
        folded,
        nanos,
        (&py_seq, &py_thr, &py_pool),
        (&rs_seq, &rs_thr, &rs_pool),
        &at_big,
    );
    let mut notes = vec![format!(
        "Speedups are against each side's own sequential run; the bound is min({TASKS} tasks, \
         {cores} cores) = {bound}×. Every result is the closed form's Σ i², on every line. \
         Rust's speedups are measured at {at_big} ({} of sequential work): at {at_n} a task \
         lasts about {}, and starting threads is a visible share of it.",
        seconds(rs_seq.stats.median),
        seconds(rs_same.stats.median / TASKS as f64)
    )];
    if folded {
        notes.push(format!(
            "Rust's sequential loop took {:.3} ns per element, below the {FOLDED_NS_PER_ELEMENT} \
             ns a real loop needs: the optimiser folded the sum. Its speedups are withheld.",
            nanos_same.min(nanos)
        ));
    }
    Ok(Bench {
        name: NAME,
        title: "cpu_work ×4: sequential, threads, pool (and numpy)".into(),
        input: format!(
            "4 tasks of cpu_work(n) = Σ i² for i < n, exact on both sides: n = {} on both, and \
             n = {} on Rust alone for its speedups",
            short(n),
            short(big)
        ),
        unit: Unit::Seconds,
        rows,
        figures,
        claims,
        notes,
    })
}

fn claims(
    ctx: &Ctx<'_>,
    cores: usize,
    folded: bool,
    nanos: f64,
    (py_seq, py_thr, py_pool): (&Timed, &Timed, &Timed),
    (rs_seq, rs_thr, rs_pool): (&Timed, &Timed, &Timed),
    at_big: &str,
) -> Vec<ClaimRow> {
    let ledger = ctx.ledger;
    let speedup =
        |seq: &Timed, par: &Timed| ratio(seq.stats.median, par.stats.median).unwrap_or(0.0);
    let on = format!("on {cores} cores");
    let threads = speedup(py_seq, py_thr);
    let pool = speedup(py_seq, py_pool);
    let mut claims = vec![
        verdict::row(
            ledger,
            "gil/python-threads",
            "4 threads take about as long as 1 (no speedup)",
            &format!("threads: {} the sequential speed", times(threads)),
            verdict::no_thread_speedup(threads, ctx.machine.gil_enabled),
        ),
        verdict::row(
            ledger,
            "gil/python-multiprocessing",
            "Pool(4): ~4× faster, minus pickling",
            &format!("{} {on}", times(pool)),
            verdict::parallel_speedup(pool, 4.0, TASKS, cores),
        ),
    ];
    for (claim, lecture, t) in [
        ("gil/rust-threads", "4 threads: ~4× faster than 1", rs_thr),
        ("gil/rayon", "par_iter: parallel in one line", rs_pool),
    ] {
        let s = speedup(rs_seq, t);
        let measured = format!("{} {on} ({at_big})", times(s));
        claims.push(if folded {
            verdict::withheld(
                ledger,
                claim,
                lecture,
                &measured,
                "the optimiser folded the sequential sum, so there is no work to speed up; no \
                 verdict",
            )
        } else if claim == "gil/rayon" {
            verdict::row(
                ledger,
                claim,
                lecture,
                &measured,
                verdict::parallel_at_all(s, TASKS, cores),
            )
        } else {
            verdict::row(
                ledger,
                claim,
                lecture,
                &measured,
                verdict::parallel_speedup(s, 4.0, TASKS, cores),
            )
        });
    }
    let lecture = "cpu_work returns u64 (Σ i², timed in release)";
    let measured = format!("{nanos:.2} ns per element at {at_big}, every sum exact");
    claims.push(if folded {
        verdict::withheld(
            ledger,
            "gil/rust-cpu-work-overflow",
            lecture,
            &measured,
            &format!(
                "below {FOLDED_NS_PER_ELEMENT} ns per element: the loop was folded to a closed \
                 form and times nothing; its speedups are not reported"
            ),
        )
    } else {
        verdict::row(
            ledger,
            "gil/rust-cpu-work-overflow",
            lecture,
            &format!("{measured}: the loop really runs"),
            None,
        )
    });
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closed_form_is_the_sum_of_squares() {
        let by_loop: u128 = (0..1_000u128).map(|i| i * i).sum();
        assert_eq!(sum_of_squares(1_000), by_loop);
        assert_eq!(sum_of_squares(0), 0);
        // The lecture's n: the value that overflows u64.
        assert_eq!(sum_of_squares(10_000_000), 333_333_283_333_335_000_000);
    }
}
