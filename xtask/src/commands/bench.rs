//! `cargo xtask bench <chapter> [name]`: every performance claim of a chapter, measured on both
//! sides on this machine, beside the lecture's figure. The machinery is in `crate::bench`.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use crate::bench::{self, DEFAULT_RUNS, Options};
use crate::ledger::Ledger;
use crate::python;
use crate::workspace::Workspace;

const LONG_ABOUT: &str = "\
The table sets the lecture's figure beside the measured one, with a verdict
(holds, refined, erratum) and the rule that gave it, or the ledger's verdict
where no rule can decide.

A chapter declares its benchmarks in chapters/<chapter>/benches.toml (schema:
xtask/src/bench/spec/mod.rs): the demo pair, commands or builds to measure, at
which sizes, and which claim each figure judges by which named rule; the
lecture's figures are on the claims (`lecture_figure` in claims.toml). Naming
a benchmark the chapter does not have lists those it has.

How it measures (so that you can trust, or rerun, the figures):
  - the Rust side is always a release build; both sides get the same input and
    must print the same results (a wrong or optimised-away result is an error,
    never a time);
  - each side times its own kernel in-process, after a warm-up, and reports
    the median of its repetitions; every demo pair is run --runs times,
    interleaved, and the table shows the median, min and max of those runs;
  - start-up is timed from outside, spawn to exit, over many spawns, with the
    real interpreter (the venv's python resolves to it; a pyenv shim is
    refused).

The report goes to target/textbook/<chapter>/: bench.json, bench.md (the table
in Markdown) and bench.svg (a chart); with a single benchmark named,
bench-<name>.*. Progress goes to stderr. Every report names its machine (CPU,
cores, OS, rustc, Python), when it ran (UTC) and the load average when the
measurements began and ended: above the core count, other work shared the
cores.

--record also copies the three files into chapters/<chapter>/reference/: the
chapter's reference run, which the book shows (a local run under target/
replaces it in a local build). Record on a quiet machine (see /proc/loadavg),
then commit that folder. It needs the full run of every benchmark on the
release build: --quick, or a benchmark name, is refused. bench.json keeps what
was measured and the rules' verdicts; the lecture's words, the ledger's
verdicts and notes are joined from claims.toml as it is whenever the run is
shown (`cargo xtask sync <chapter>` rewrites the reference bench.md).

Examples:
  cargo xtask bench 1                 everything (a few minutes on 2 cores)
  cargo xtask bench 1 <name> --runs 9 one benchmark, more runs
  cargo xtask bench 1 --quick         once each, tiny, debug build (a check)
  cargo xtask bench 1 --record        everything, kept as the reference run";

#[derive(Debug, clap::Args)]
#[command(after_long_help = LONG_ABOUT)]
pub struct Args {
    /// Chapter: 1, 01, ch01 or chapter-01.
    chapter: String,
    /// One benchmark of the chapter's benches.toml (all when omitted).
    name: Option<String>,
    /// Processes per side and benchmark; each reports its own in-process median.
    #[arg(long, default_value_t = DEFAULT_RUNS as u16, value_parser = clap::value_parser!(u16).range(1..=100))]
    runs: u16,
    /// Each benchmark once at a tiny size on the debug build: checks that the machinery works
    /// (well-formed output, equal results); its figures mean nothing. `cargo xtask test` runs it.
    #[arg(long)]
    quick: bool,
    /// Also copy the report into chapters/<chapter>/reference/ as the chapter's reference run
    /// (what the book shows). Needs a full release run: refused with --quick or a benchmark name.
    #[arg(long, conflicts_with_all = ["quick", "name"])]
    record: bool,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapter = ws.chapter(&args.chapter)?;
    // What the chapter declares is checked before the Python environment is made.
    bench::select(ws, &chapter, args.name.as_deref())?;
    let mut progress = Progress::new();
    let env = python::ensure(ws, &mut |line| progress.line(line))?;
    let options = Options {
        runs: if args.quick {
            1
        } else {
            usize::from(args.runs)
        },
        quick: args.quick,
        only: args.name.clone(),
    };
    let report = bench::run(ws, &chapter, &env, &options, &mut |line| {
        progress.line(line)
    });
    progress.done();
    let report = report?;
    // The ledger's words are joined as it is now; the report keeps only what was measured.
    let ledger = Ledger::load(&chapter.ledger_path())?;
    print!(
        "{}",
        bench::terminal(&report, &ledger, crate::term::width())
    );
    let dir = bench::report_dir(ws, &chapter, args.quick);
    let only = args.name.as_deref().map(|n| n.replace('-', "_"));
    let written = bench::write(&report, &ledger, &dir, only.as_deref())?;
    bench::check_written(&report, &written)?;
    let files = format!(
        "{}, {}, {}",
        ws.relative(&written.json),
        ws.relative(&written.markdown),
        ws.relative(&written.svg)
    );
    let width = crate::term::width();
    println!(
        "\n{}",
        crate::term::paragraph("written: ", "  ", &files, width)
    );
    if args.record {
        let recorded = bench::record(&report, &written, &chapter)?;
        let text = format!(
            "recorded as the chapter's reference run: {}, {}, {} (commit that folder)",
            ws.relative(&recorded.json),
            ws.relative(&recorded.markdown),
            ws.relative(&recorded.svg)
        );
        println!("{}", crate::term::paragraph("", "  ", &text, width));
    }
    Ok(ExitCode::SUCCESS)
}

/// One progress line on stderr, rewritten in place on a terminal, one line per step elsewhere.
struct Progress {
    live: bool,
    shown: bool,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            live: std::io::stderr().is_terminal(),
            shown: false,
        }
    }

    fn line(&mut self, text: &str) {
        let mut err = std::io::stderr().lock();
        if self.live {
            let width = crate::term::stderr_width().saturating_sub(1);
            let text: String = text.chars().take(width).collect();
            let _ = write!(err, "\r\u{1b}[2K{text}");
            self.shown = true;
        } else {
            let _ = writeln!(err, "{text}");
        }
        let _ = err.flush();
    }

    fn done(&mut self) {
        if self.live && self.shown {
            let _ = write!(std::io::stderr(), "\r\u{1b}[2K");
            self.shown = false;
        }
    }
}
