//! `cpu_work`: four tasks of `cpu_work(n)` done one by one, on threads and on a pool, on both
//! sides (Python's pool is multiprocessing, Rust's is Rayon), plus numpy on the Python side.
//! Speedups are against each side's own sequential run; efficiency is against min(tasks, cores).

use super::pairs::{self, Side, Timed};
use super::stats::{Unit, efficiency, parallel_bound, ratio, seconds, times};
use super::verdict;
use super::{Bench, BenchError, Ctx, Figure, Row, failed};

const NAME: &str = "cpu_work";
const DEMO: &str = "gil_threads";
const TASKS: usize = 4;
/// n per task. Python needs ~60 ns per element; each process runs every variant four times
/// (a warm-up and three repetitions), so this keeps one Python process to about 5 s.
const SIZE: u64 = 1_000_000;
const QUICK_SIZE: u64 = 1_000;
/// Below this many nanoseconds per element the loop cannot have run: a 128-bit square and add
/// per element at 20 elements per nanosecond is beyond any CPU. A sum the optimiser folded to
/// its closed form lands here, and must not be reported as a speedup.
const FOLDED_NS_PER_ELEMENT: f64 = 0.05;

pub fn run(ctx: &mut Ctx<'_>) -> Result<Bench, BenchError> {
    let n = if ctx.quick { QUICK_SIZE } else { SIZE };
    let runs = pairs::run(ctx, NAME, DEMO, n)?;
    let cores: usize = runs
        .value(Side::Rust, "cores")?
        .trim()
        .parse()
        .map_err(|_| failed(NAME, "the `cores` line should be a whole number"))?;
    let get = |side, case| runs.timed(side, case);
    let (py_seq, py_thr, py_pool) = (
        get(Side::Python, "sequential")?,
        get(Side::Python, "threads")?,
        get(Side::Python, "pool")?,
    );
    let (rs_seq, rs_thr, rs_pool) = (
        get(Side::Rust, "sequential")?,
        get(Side::Rust, "threads")?,
        get(Side::Rust, "pool")?,
    );
    let numpy = get(Side::Python, "numpy").ok();
    if numpy.is_some() {
        runs.same_result((Side::Python, "numpy"), (Side::Python, "sequential"))?;
    }
    for side in [Side::Python, Side::Rust] {
        for case in ["threads", "pool"] {
            runs.same_result((side, case), (side, "sequential"))?;
        }
    }

    let elements = (TASKS as f64) * n as f64;
    let per_element = |t: &Timed| t.stats.median * 1e9 / elements;
    let folded = per_element(&rs_seq) < FOLDED_NS_PER_ELEMENT;
    let bound = parallel_bound(TASKS, cores);
    let speedup =
        |seq: &Timed, par: &Timed| ratio(seq.stats.median, par.stats.median).unwrap_or(0.0);
    let detail = |seq: &Timed, t: &Timed, what: &str| {
        let s = speedup(seq, t);
        format!(
            "{what}: {} the sequential speed, efficiency {:.0} % of {bound}×",
            times(s),
            100.0 * efficiency(s, TASKS, cores)
        )
    };
    let row = |case: &str, series: &str, t: &Timed, detail: String| Row {
        case: case.into(),
        series: series.into(),
        stats: t.stats,
        result: t.result.clone(),
        detail,
    };
    let mut rows = vec![
        row(
            "sequential",
            "Python",
            &py_seq,
            format!("{:.1} ns per element", per_element(&py_seq)),
        ),
        row(
            "threads",
            "Python",
            &py_thr,
            detail(&py_seq, &py_thr, "4 threads"),
        ),
        row(
            "pool",
            "Python",
            &py_pool,
            detail(&py_seq, &py_pool, "multiprocessing.Pool(4)"),
        ),
    ];
    if let Some(np) = &numpy {
        rows.push(row(
            "numpy",
            "Python",
            np,
            format!(
                "vectorised: {} the sequential speed, one core",
                times(speedup(&py_seq, np))
            ),
        ));
    }
    rows.extend([
        row(
            "sequential",
            "Rust",
            &rs_seq,
            format!("{:.2} ns per element", per_element(&rs_seq)),
        ),
        row(
            "threads",
            "Rust",
            &rs_thr,
            detail(&rs_seq, &rs_thr, "4 threads"),
        ),
        row("pool", "Rust", &rs_pool, detail(&rs_seq, &rs_pool, "Rayon")),
    ]);

    let mut figures = vec![Figure {
        label: "Python / Rust, sequential".into(),
        value: ratio(py_seq.stats.median, rs_seq.stats.median).unwrap_or(0.0),
        text: times(ratio(py_seq.stats.median, rs_seq.stats.median).unwrap_or(0.0)),
    }];
    for (label, s) in [
        ("speedup, Python threads", speedup(&py_seq, &py_thr)),
        (
            "speedup, Python multiprocessing",
            speedup(&py_seq, &py_pool),
        ),
        ("speedup, Rust threads", speedup(&rs_seq, &rs_thr)),
        ("speedup, Rayon", speedup(&rs_seq, &rs_pool)),
    ] {
        figures.push(Figure {
            label: format!("{label} (bound {bound}× on {cores} cores)"),
            value: s,
            text: format!(
                "{} ({:.0} %)",
                times(s),
                100.0 * efficiency(s, TASKS, cores)
            ),
        });
    }
    if let Some(np) = &numpy {
        figures.push(Figure {
            label: "numpy / Rust sequential".into(),
            value: ratio(np.stats.median, rs_seq.stats.median).unwrap_or(0.0),
            text: times(ratio(np.stats.median, rs_seq.stats.median).unwrap_or(0.0)),
        });
    }

    let ledger = ctx.ledger;
    let on = format!("on {cores} cores");
    let mut claims = vec![
        verdict::row(
            ledger,
            "gil/python-threads",
            "4 threads take about as long as 1 (no speedup)",
            &format!(
                "threads: {} the sequential speed",
                times(speedup(&py_seq, &py_thr))
            ),
            verdict::no_thread_speedup(speedup(&py_seq, &py_thr), ctx.machine.gil_enabled),
        ),
        verdict::row(
            ledger,
            "gil/python-multiprocessing",
            "Pool(4): ~4× faster, minus pickling",
            &format!("{} {on}", times(speedup(&py_seq, &py_pool))),
            verdict::parallel_speedup(speedup(&py_seq, &py_pool), 4.0, TASKS, cores),
        ),
    ];
    let rust_claims = [
        ("gil/rust-threads", "4 threads: ~4× faster than 1", &rs_thr),
        (
            "gil/rayon",
            "par_iter: parallel in one line (~4×, as threads)",
            &rs_pool,
        ),
    ];
    let nanos = per_element(&rs_seq);
    for (claim, lecture, t) in rust_claims {
        let s = speedup(&rs_seq, t);
        claims.push(if folded {
            verdict::withheld(
                ledger,
                claim,
                lecture,
                &format!("{} {on}", times(s)),
                &format!(
                    "the sequential loop took {nanos:.3} ns per element: the optimiser folded the \
                     sum, so there is no work to speed up; no verdict"
                ),
            )
        } else {
            verdict::row(
                ledger,
                claim,
                lecture,
                &format!("{} {on}", times(s)),
                verdict::parallel_speedup(s, 4.0, TASKS, cores),
            )
        });
    }
    let work_measured = format!(
        "{nanos:.2} ns per element, {} for 4 × {n}",
        seconds(rs_seq.stats.median)
    );
    claims.push(if folded {
        verdict::withheld(
            ledger,
            "gil/rust-cpu-work-overflow",
            "cpu_work returns u64 (Σ i², timed in release)",
            &work_measured,
            &format!(
                "below {FOLDED_NS_PER_ELEMENT} ns per element: the loop was folded to a closed \
                 form and times nothing; its speedups are not reported"
            ),
        )
    } else {
        verdict::row(
            ledger,
            "gil/rust-cpu-work-overflow",
            "cpu_work returns u64 (Σ i², timed in release)",
            &format!("{work_measured}: the loop really runs"),
            None,
        )
    });

    let mut notes = vec![format!(
        "Speedups are against each side's own sequential run; the bound is min({TASKS} tasks, \
         {cores} cores) = {bound}×. Results (the four sums) are equal on every line."
    )];
    if folded {
        notes.push(format!(
            "Rust's sequential loop took {nanos:.3} ns per element, below the {FOLDED_NS_PER_ELEMENT} ns \
             a real loop needs: the optimiser folded the sum. Its speedups are withheld."
        ));
    }
    Ok(Bench {
        name: NAME,
        title: "cpu_work ×4: sequential, threads, pool (and numpy)".into(),
        input: format!("4 tasks of cpu_work({n}) = Σ i² for i < {n}, exact on both sides"),
        unit: Unit::Seconds,
        rows,
        figures,
        claims,
        notes,
    })
}
