//! A report as a chapter's real run makes one (the long titles, details and reasons of chapter
//! 1's benchmarks), for the tests of what is printed and drawn from it.

use super::{Bench, ClaimRow, Figure, Judged, LoadAverage, Machine, Report, Row, Stats, Unit};
use crate::ledger::{Ledger, Verdict};

fn row(case: &str, series: &str, median: f64, min: f64, max: f64, detail: &str) -> Row {
    Row {
        case: case.into(),
        series: series.into(),
        stats: Stats {
            median,
            min,
            max,
            samples: 5,
        },
        result: "12".into(),
        detail: detail.into(),
    }
}

fn claim(id: &str, judged: Judged) -> ClaimRow {
    ClaimRow {
        claim: id.into(),
        measured: "5.0×10^13 loop steps as written: at least 27.2 days at the pace measured at \
                   n = 4000"
            .into(),
        judged,
    }
}

/// The ledger the sample's claims are in: the lecture's long sentence, chapter 1's verdicts.
pub fn ledger() -> Ledger {
    toml::from_str(
        "[[claim]]\nid = 'perf/fib-python-time'\nsection = '1. Performance'\n\
         says = 'In Python, the list of `fibonacci(i)` for every i below 10 000 000 takes about \
         45 seconds.'\nside = 'python'\nkind = 'measure'\nproof = 'bench:fib'\n\
         verdict = 'erratum'\nnote = 'Days, not seconds.'\n\
         [[claim]]\nid = 'reference/python-10-100x-slower-than-compiled-rust'\n\
         section = '1. Performance'\nsays = 'Interpreted Python is about 10–100× slower than \
         compiled Rust.'\nside = 'both'\nkind = 'measure'\nproof = 'bench:fib'\n\
         verdict = 'holds'\n",
    )
    .expect("the sample ledger parses")
}

/// Two benchmarks: `fib` (times 44× apart: a log-scale panel) and `size` (bytes, close together:
/// a linear one). `quick` gives the `--quick` run's profile (debug) and no verdicts.
pub fn report(quick: bool) -> Report {
    let load = Some(LoadAverage {
        one: 0.97,
        five: 2.64,
        fifteen: 4.32,
    });
    let fib = Bench {
        name: "fib".into(),
        title: "the fibonacci loop: the lecture's list, and an honest kernel".into(),
        input: "fibonacci(i % 90) for i < 200000 (8.7×10^6 loop steps, the same on both sides); \
                each run reports its in-process median after a warm-up"
            .into(),
        unit: Unit::Seconds,
        rows: vec![
            row(
                "fib_kernel",
                "Rust",
                0.005,
                0.0049,
                0.0072,
                "0.58 ns/step = 1.50 cycles/step at 2596 MHz (nominal); limit 1 (one dependent \
                 add per step)",
            ),
            row(
                "fib_kernel",
                "Python",
                0.2226,
                0.2093,
                0.2249,
                "25.6 ns/step",
            ),
            row(
                "sequential, the lecture's own loop at n = 4000 (projected to 10 M)",
                "Python",
                0.3755,
                0.3605,
                0.4796,
                "46.97 ns/step (the lecture's loop, n = 4000)",
            ),
        ],
        figures: vec![Figure {
            label: "the lecture's list (n = 10 M), projected, Python".into(),
            value: 2.35e6,
            text: "≥ 27.2 days".into(),
        }],
        claims: vec![
            claim(
                "perf/fib-python-time",
                if quick {
                    Judged::None {
                        why: "--quick: no verdict".into(),
                    }
                } else {
                    Judged::Rule {
                        verdict: Verdict::Erratum,
                        reason: "52193× more than the lecture's 45.0 s (rule: more than 10× off \
                                 is an erratum)"
                            .into(),
                    }
                },
            ),
            claim(
                "reference/python-10-100x-slower-than-compiled-rust",
                Judged::None {
                    why: "no verdict: the data cannot support one".into(),
                },
            ),
        ],
        notes: vec![
            "The lecture's list costs (n − 2)(n − 1)/2 loop steps; it is timed at sizes that \
             finish and projected to n = 10 M at the measured pace."
                .into(),
        ],
    };
    let size = Bench {
        name: "binary_size".into(),
        title: "binary sizes: default release vs crt-static".into(),
        input: "every binary of the chapter".into(),
        unit: Unit::Bytes,
        rows: vec![
            row("chapter-01", "Rust, default", 4.1e6, 4.1e6, 4.1e6, ""),
            row("type_errors", "Rust, default", 3.9e6, 3.9e6, 3.9e6, ""),
        ],
        figures: Vec::new(),
        claims: Vec::new(),
        notes: Vec::new(),
    };
    Report {
        chapter: "chapter-01".into(),
        quick,
        runs: if quick { 1 } else { 5 },
        profile: if quick { "debug" } else { "release" }.into(),
        machine: Machine {
            cpu: "AMD EPYC 7B13 64-Core Processor with a very long model name".into(),
            cores: 2,
            nominal_mhz: Some(2596.0),
            os: "linux 6.18.44-fc-v669 x86_64".into(),
            rustc: "rustc 1.95.0 (59807616e 2026-04-14)".into(),
            python_version: "3.11.7".into(),
            python_implementation: "CPython".into(),
            python_real_path: "/root/.pyenv/versions/3.11.7/bin/python3.11".into(),
            gil_enabled: true,
            gil: "GIL: yes (a default build; it has no free-threaded mode)".into(),
        },
        started_utc: "2026-11-27 09:56:10 UTC".into(),
        load_at_start: load,
        load_at_end: load,
        benches: vec![fib, size],
        elapsed_seconds: 78.0,
    }
}
