//! `cargo xtask bench`: the performance claims of a chapter, measured side by side.
//!
//! A chapter declares its benchmarks in its own `benches.toml` ([`spec`] holds the schema); the
//! lecture's figures are on its claims (`lecture_figure` in claims.toml). This module is the
//! engine: it runs what a chapter declares (demo pairs at sizes, spawns of commands, builds of
//! binaries), checks the results, computes the chapter's figures, judges each claim by the named
//! rule the chapter chose ([`rules`]), and writes the report.
//!
//! The protocol (DESIGN.md): each side times its own kernel in-process, after a warm-up, and
//! prints the median of its repetitions as the `seconds` of a timed result line; the bench runs
//! each demo pair `runs` times (Rust and Python interleaved, so that a busy moment hits both) and
//! reports the median, min and max of those per-process figures. Start-up is timed from outside,
//! over many spawns. Every run also checks the results: the two sides must agree (the parity
//! check of `cargo xtask test`) and each result must be the same run after run, so that a
//! timing is never reported for work that went wrong or was optimised away.
//!
//! The report (terminal table, JSON, Markdown, SVG chart) goes under `target/textbook/<chapter>/`.

mod assemble;
mod build;
mod chart;
pub mod expr;
mod files;
mod machine;
mod pairs;
pub mod reference;
mod render;
pub mod rules;
mod spawn;
pub mod spec;
pub mod stats;
#[cfg(test)]
mod test_fixture;
mod timed_pair;
mod verdict;

use std::path::PathBuf;
use std::time::Instant;

use serde::{Deserialize, Serialize};

pub use files::{REFERENCE_DIR, Written, check_written, read, record, write};
pub use machine::{LoadAverage, Machine};
pub use render::{markdown, terminal};
pub use stats::{Stats, Unit};
pub use verdict::{Shown, shown};

use crate::ledger::{Ledger, LedgerError, Verdict};
use crate::pair::PairError;
use crate::process::ProcessError;
use crate::python::{PythonEnv, PythonError};
use crate::workspace::{Chapter, Workspace, WorkspaceError};

/// Repetitions of each demo pair when `--runs` is not given.
pub const DEFAULT_RUNS: usize = 5;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("benchmark `{bench}`: {message}")]
    Failed { bench: String, message: String },
    #[error("{chapter} has no benchmark `{name}`; its benchmarks are: {}", known.join(", "))]
    Unknown {
        chapter: String,
        name: String,
        known: Vec<String>,
    },
    #[error(
        "chapter {number} declares no benchmarks (add {path}; schema: {})",
        spec::SCHEMA
    )]
    NoBenchmarks { number: u32, path: String },
    #[error(transparent)]
    Spec(#[from] spec::SpecError),
    #[error("could not write the report {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot record the chapter's reference run: {0}")]
    Record(String),
    #[error("the report is malformed: {0}")]
    Malformed(String),
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error(transparent)]
    Python(#[from] PythonError),
    #[error(transparent)]
    Pair(#[from] PairError),
    #[error(transparent)]
    Process(#[from] ProcessError),
}

/// What to measure, and how hard.
#[derive(Debug, Clone)]
pub struct Options {
    /// Processes per side and benchmark (each reports its own in-process median).
    pub runs: usize,
    /// Each benchmark once, at a tiny size, on the debug build: checks the machinery, not speed.
    pub quick: bool,
    /// One benchmark only.
    pub only: Option<String>,
}

impl Options {
    pub fn quick() -> Options {
        Options {
            runs: 1,
            quick: true,
            only: None,
        }
    }
}

/// Everything a benchmark needs while it runs.
pub(crate) struct Ctx<'a> {
    pub ws: &'a Workspace,
    pub chapter: &'a Chapter,
    pub env: &'a PythonEnv,
    pub ledger: &'a Ledger,
    pub machine: &'a Machine,
    pub runs: usize,
    pub quick: bool,
    pub progress: &'a mut dyn FnMut(&str),
}

impl Ctx<'_> {
    /// Benchmarks time release builds; `--quick` only checks the machinery, on the debug build
    /// the parity check has already made.
    pub fn release(&self) -> bool {
        !self.quick
    }

    pub fn say(&mut self, text: &str) {
        (self.progress)(text);
    }
}

fn failed(bench: &str, message: impl Into<String>) -> BenchError {
    BenchError::Failed {
        bench: bench.to_string(),
        message: message.into(),
    }
}

/// The whole run, as written to `bench.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub chapter: String,
    pub quick: bool,
    pub runs: usize,
    /// `release`, or `debug` under `--quick`.
    pub profile: String,
    pub machine: Machine,
    /// When the measurements began (after the build), UTC: `YYYY-MM-DD HH:MM:SS UTC`.
    pub started_utc: String,
    /// The machine's load averages when the measurements began and when they ended: what the
    /// benchmarks competed with (`None` where the system does not say).
    pub load_at_start: Option<LoadAverage>,
    pub load_at_end: Option<LoadAverage>,
    pub benches: Vec<Bench>,
    pub elapsed_seconds: f64,
}

/// One benchmark's measurements and the claims they answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Bench {
    pub name: String,
    pub title: String,
    /// The input both sides got, in words.
    pub input: String,
    pub unit: Unit,
    pub rows: Vec<Row>,
    /// What follows from the rows: ratios, speedups, per-step costs.
    pub figures: Vec<Figure>,
    pub claims: Vec<ClaimRow>,
    pub notes: Vec<String>,
}

/// One measured series: a case on one side (or one variant of a build).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    pub case: String,
    /// `Rust`, `Python`, or a variant such as `Rust, crt-static`: the chart's colour.
    pub series: String,
    pub stats: Stats,
    /// The result the run printed (equal on both sides where they pair), or what was run.
    pub result: String,
    /// A derived figure for this row (ns per step, speedup, …).
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Figure {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// What a run measured for one claim, and what its rule made of that. Nothing the ledger says
/// is kept here (the lecture's words, the ledger's verdict, its note): a report is rendered with
/// the ledger as it is when it is shown ([`verdict::shown`]), so that a recorded run cannot
/// repeat words the ledger has since changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub claim: String,
    pub measured: String,
    pub judged: Judged,
}

/// How a claim's verdict is reached, as far as the run decides it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "kebab-case")]
pub enum Judged {
    /// The rule decided, from the measurement: its verdict, and the rule stated in its reason.
    Rule { verdict: Verdict, reason: String },
    /// The deciding rule (as named, e.g. "`at-most` (≤ 2)") does not hold on this run: the
    /// verdict is the ledger's, except `holds`, which the run contradicts.
    RuleFailed { rule: String },
    /// The chapter leaves the verdict to the ledger (the rule `ledger`).
    Ledger,
    /// No verdict, and why: the data is missing or cannot be trusted, or `--quick`.
    None { why: String },
}

/// Where a chapter's report goes: `target/textbook/<chapter>/` (`quick/` under it for --quick).
pub fn report_dir(ws: &Workspace, chapter: &Chapter, quick: bool) -> PathBuf {
    let dir = ws.scratch_dir().join(&chapter.package);
    if quick { dir.join("quick") } else { dir }
}

/// Whether the chapter declares benchmarks (has a `benches.toml`), valid or not.
pub fn declares(chapter: &Chapter) -> bool {
    spec::path(&chapter.dir).is_file()
}

/// The benchmarks to run: the chapter's, or the one named. Fails, before anything is built,
/// when the chapter declares none, its benches.toml is not valid, or the name is not one of them.
pub fn select(
    ws: &Workspace,
    chapter: &Chapter,
    only: Option<&str>,
) -> Result<Vec<spec::BenchSpec>, BenchError> {
    let Some(declared) = spec::load(&chapter.dir)? else {
        return Err(BenchError::NoBenchmarks {
            number: chapter.number,
            path: ws.relative(&spec::path(&chapter.dir)),
        });
    };
    let Some(name) = only else {
        return Ok(declared.benches);
    };
    let wanted = name.replace('-', "_");
    let known = declared.names();
    declared
        .benches
        .into_iter()
        .find(|b| b.name == name || b.name == wanted)
        .map(|b| vec![b])
        .ok_or_else(|| BenchError::Unknown {
            chapter: chapter.package.clone(),
            name: name.to_string(),
            known,
        })
}

/// Builds what is needed, runs the benchmarks and returns the report (not yet written).
pub fn run(
    ws: &Workspace,
    chapter: &Chapter,
    env: &PythonEnv,
    options: &Options,
    progress: &mut dyn FnMut(&str),
) -> Result<Report, BenchError> {
    let started = Instant::now();
    let selected = select(ws, chapter, options.only.as_deref())?;
    let ledger = Ledger::load(&chapter.ledger_path())?;
    let release = !options.quick;
    progress(&format!(
        "Building {} ({})…",
        chapter.package,
        if release { "release" } else { "debug" }
    ));
    // A release build from cold takes minutes: a live line, so that it is not silence.
    let profile = if release { "release" } else { "debug" };
    let live_line = crate::live::still_running(format!("the {profile} build of {chapter}"));
    let built = crate::pair::build_with(ws, chapter, release, live_line);
    crate::live::finished();
    built?;
    let machine = machine::detect(env)?;
    let started_utc = utc_time(std::time::SystemTime::now());
    let load_at_start = LoadAverage::now();
    let mut ctx = Ctx {
        ws,
        chapter,
        env,
        ledger: &ledger,
        machine: &machine,
        runs: options.runs.max(1),
        quick: options.quick,
        progress,
    };
    let mut benches = Vec::new();
    for (index, declared) in selected.iter().enumerate() {
        ctx.say(&format!(
            "[{}/{}] {}",
            index + 1,
            selected.len(),
            declared.name
        ));
        let measured = if let Some(pair) = &declared.pair {
            timed_pair::measure(&mut ctx, declared, pair)?
        } else if let Some(spawn) = &declared.spawn {
            spawn::measure(&mut ctx, declared, spawn)?
        } else if let Some(build) = &declared.build {
            build::measure(&mut ctx, declared, build)?
        } else {
            return Err(failed(&declared.name, "declares nothing to run"));
        };
        let mut bench = assemble::bench(&ctx, declared, measured);
        if options.quick {
            verdict::withhold_for_quick(&mut bench);
        }
        benches.push(bench);
    }
    Ok(Report {
        chapter: chapter.package.clone(),
        quick: options.quick,
        runs: ctx.runs,
        profile: if release { "release" } else { "debug" }.into(),
        machine,
        started_utc,
        load_at_start,
        load_at_end: LoadAverage::now(),
        benches,
        elapsed_seconds: started.elapsed().as_secs_f64(),
    })
}

/// `YYYY-MM-DD HH:MM:SS UTC`, from the same civil-date conversion as the exercise backups' stamps.
fn utc_time(now: std::time::SystemTime) -> String {
    let stamp = crate::term::utc_stamp(now);
    format!(
        "{}-{}-{} {}:{}:{} UTC",
        &stamp[0..4],
        &stamp[4..6],
        &stamp[6..8],
        &stamp[9..11],
        &stamp[11..13],
        &stamp[13..15]
    )
}

/// `cargo xtask bench <chapter> --quick`, as the workspace checks call it: every benchmark once
/// at a tiny size on the debug build; fails on malformed output or unequal results, never on a
/// time. Returns the report and where it was written (`target/textbook/<chapter>/quick/`).
pub fn quick(
    ws: &Workspace,
    env: &PythonEnv,
    chapter: &Chapter,
    progress: &mut dyn FnMut(&str),
) -> Result<(Report, Written), BenchError> {
    let report = run(ws, chapter, env, &Options::quick(), progress)?;
    let ledger = Ledger::load(&chapter.ledger_path())?;
    let written = write(&report, &ledger, &report_dir(ws, chapter, true), None)?;
    check_written(&report, &written)?;
    Ok((report, written))
}
