//! Runs a demo pair several times and reads its timed lines. Every run is checked as the parity
//! check of `cargo xtask test` checks it, and every result must repeat run after run: a time is
//! only worth reporting for work that came out right.

use super::stats::Stats;
use super::{BenchError, Ctx, failed};
use crate::pair::{self, ResultLine};
use crate::workspace::Demo;

/// Which side printed a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Rust,
    Python,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Rust => "Rust",
            Side::Python => "Python",
        }
    }
}

/// Every run's lines, per side.
#[derive(Debug)]
pub struct Runs {
    pub bench: String,
    pub demo: String,
    pub rust: Vec<Vec<ResultLine>>,
    pub python: Vec<Vec<ResultLine>>,
}

/// A timed case across the runs: the statistic of its `seconds` and its (unchanging) result.
#[derive(Debug, Clone)]
pub struct Timed {
    pub stats: Stats,
    pub result: String,
}

/// Which sides a run times, and from which build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Both sides, parity checked on each run.
    Pair,
    /// The Rust side alone, at a size the Python side would take minutes over: its results are
    /// checked by the caller (against a closed form).
    RustAlone,
    /// The Rust side alone from the debug build: the caller checks its results against the
    /// release build's.
    RustDebug,
}

/// Runs `demo SIZE` `ctx.runs` times, Rust and Python interleaved in [`Mode::Pair`].
pub fn run(
    ctx: &mut Ctx<'_>,
    bench: &str,
    demo_name: &str,
    size: u64,
    mode: Mode,
) -> Result<Runs, BenchError> {
    let with_python = mode == Mode::Pair;
    let release = ctx.release() && mode != Mode::RustDebug;
    let demo: Demo = ctx.chapter.demo(demo_name).map_err(|e| {
        failed(
            bench,
            format!("needs the demo `{demo_name}`, which this chapter does not have ({e})"),
        )
    })?;
    if with_python && demo.python.is_none() {
        return Err(failed(
            bench,
            format!("the demo `{demo_name}` has no Python twin to measure against"),
        ));
    }
    let args = [size.to_string()];
    let mut runs = Runs {
        bench: bench.to_string(),
        demo: demo.name.clone(),
        rust: Vec::new(),
        python: Vec::new(),
    };
    for i in 1..=ctx.runs {
        let of = format!(
            "{bench}: {demo_name} {size}{}, run {i}/{}",
            match mode {
                Mode::Pair => "",
                Mode::RustAlone => " (Rust only)",
                Mode::RustDebug => " (Rust, debug build)",
            },
            ctx.runs
        );
        ctx.say(&format!("{of}, Rust…"));
        let rust = pair::run_rust(ctx.ws, &demo, release, &args)
            .map_err(|e| failed(bench, format!("the Rust side of `{demo_name}` failed: {e}")))?;
        if with_python {
            ctx.say(&format!("{of}, Python…"));
            let python = run_python_side(ctx, bench, &demo, &args, &rust, i)?;
            runs.python.push(python);
        }
        runs.rust.push(rust);
    }
    Ok(runs)
}

fn run_python_side(
    ctx: &mut Ctx<'_>,
    bench: &str,
    demo: &Demo,
    args: &[String],
    rust: &[ResultLine],
    run: usize,
) -> Result<Vec<ResultLine>, BenchError> {
    let name = &demo.name;
    let python = pair::run_python(ctx.env, ctx.chapter, demo, args)
        .map_err(|e| failed(bench, format!("the Python side of `{name}` failed: {e}")))?;
    let problems = pair::compare(name, rust, &python, ctx.ledger);
    if !problems.is_empty() {
        let listed: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        return Err(failed(
            bench,
            format!(
                "the two sides of `{name}` disagree ({}, run {run}):\n{}",
                args.join(" "),
                listed.join("\n")
            ),
        ));
    }
    Ok(python)
}

impl Runs {
    fn side(&self, side: Side) -> &[Vec<ResultLine>] {
        match side {
            Side::Rust => &self.rust,
            Side::Python => &self.python,
        }
    }

    /// The line of `case` in every run; an error naming the case if a run lacks it.
    fn lines(&self, side: Side, case: &str) -> Result<Vec<&ResultLine>, BenchError> {
        self.side(side)
            .iter()
            .enumerate()
            .map(|(i, lines)| {
                lines.iter().find(|l| l.case == case).ok_or_else(|| {
                    failed(
                        &self.bench,
                        format!(
                            "the {} side of `{}` printed no case `{case}` (run {}); the benchmark \
                             reads that line",
                            side.name(),
                            self.demo,
                            i + 1
                        ),
                    )
                })
            })
            .collect()
    }

    /// A result that must not change from run to run.
    pub fn value(&self, side: Side, case: &str) -> Result<String, BenchError> {
        let lines = self.lines(side, case)?;
        let first = lines[0].result.clone();
        if let Some(other) = lines.iter().find(|l| l.result != first) {
            return Err(failed(
                &self.bench,
                format!(
                    "the {} side of `{}` printed {:?} for `{case}` in one run and {:?} in another",
                    side.name(),
                    self.demo,
                    first,
                    other.result
                ),
            ));
        }
        Ok(first)
    }

    /// A timed case: every run must carry `seconds` and the same result.
    pub fn timed(&self, side: Side, case: &str) -> Result<Timed, BenchError> {
        let result = self.value(side, case)?;
        let lines = self.lines(side, case)?;
        let mut samples = Vec::with_capacity(lines.len());
        for line in &lines {
            match line.seconds {
                Some(s) if s.is_finite() && s >= 0.0 => samples.push(s),
                other => {
                    return Err(failed(
                        &self.bench,
                        format!(
                            "the {} side of `{}` printed case `{case}` without a usable `seconds` \
                             ({other:?}); a timed kernel must report one",
                            side.name(),
                            self.demo
                        ),
                    ));
                }
            }
        }
        let stats = Stats::of(&samples)
            .ok_or_else(|| failed(&self.bench, format!("no timings for `{case}`")))?;
        Ok(Timed { stats, result })
    }

    /// Every case name of one side's first run, in order (for cases numbered by size).
    pub fn cases(&self, side: Side) -> Vec<String> {
        self.side(side)
            .first()
            .map(|lines| lines.iter().map(|l| l.case.clone()).collect())
            .unwrap_or_default()
    }

    /// Two cases that must hold the same result (a Python-only extra and the paired case it
    /// redoes another way).
    pub fn same_result(&self, a: (Side, &str), b: (Side, &str)) -> Result<(), BenchError> {
        let (ra, rb) = (self.value(a.0, a.1)?, self.value(b.0, b.1)?);
        if ra == rb {
            Ok(())
        } else {
            Err(failed(
                &self.bench,
                format!(
                    "`{}` ({}) printed {ra:?} but `{}` ({}) printed {rb:?}: the two ways of doing \
                     the same work must give the same result",
                    a.1,
                    a.0.name(),
                    b.1,
                    b.0.name()
                ),
            ))
        }
    }
}
