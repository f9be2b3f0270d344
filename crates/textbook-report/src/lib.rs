//! How every demo of every chapter talks: sentences for people, or with `--json` one object per
//! result for the xtask (`{"demo", "case", "result"}`, plus `claim`, `contrast`, `seconds`).
//! The Python twins print exactly the same objects (python_equivalents/demo_report.py).
//!
//! Written once for all chapters: a chapter's demos depend on this crate, never on a copy.
//! [`tour()`] runs a chapter's demos in the order its ledger gives, the one source of that order.

pub mod text;
mod tour;

pub use tour::{Section, TourError, lecture_order, tour};

/// The timing protocol of every timed kernel, on the Rust side (DESIGN: "after a warm-up, several
/// times, median reported"; `demo_report.median_seconds` is its Python twin): one untimed call,
/// then `repetitions` timed ones (at least one); the last result and the median time in seconds.
/// The previous result is freed before the clock starts and each result goes through
/// `black_box`, so neither freeing nor optimising the work away lands in the figure.
pub fn median_seconds<T>(repetitions: usize, mut work: impl FnMut() -> T) -> (T, f64) {
    let mut result = work();
    let runs = repetitions.max(1);
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        drop(result);
        let start = std::time::Instant::now();
        result = std::hint::black_box(work());
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (result, times[times.len() / 2])
}

use std::fmt::Display;
use std::io::{IsTerminal, Write};

use serde::Serialize;

/// What a demo was asked to do on its command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub json: bool,
    /// A problem size, for demos that take one.
    pub size: Option<u64>,
}

impl Options {
    /// Reads `[--json] [SIZE]`; `--help` and bad input end the process with a usage message.
    pub fn from_args(demo: &str, about: &str) -> Options {
        match Options::parse(std::env::args().skip(1)) {
            Ok(Some(options)) => options,
            Ok(None) => {
                println!("{demo}: {about}\n\n{}", usage(demo));
                std::process::exit(0);
            }
            Err(message) => {
                eprintln!("{demo}: {message}\n\n{}", usage(demo));
                std::process::exit(2);
            }
        }
    }

    /// `Ok(None)` means help was asked for.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
        let mut options = Options {
            json: false,
            size: None,
        };
        for arg in args {
            match arg.as_str() {
                "--json" => options.json = true,
                "-h" | "--help" => return Ok(None),
                size if options.size.is_none() && !size.starts_with('-') => {
                    let parsed = size.replace('_', "").parse().map_err(|_| {
                        format!(
                            "`{size}` is not a size: give a whole number such as 1000 or 10_000"
                        )
                    })?;
                    options.size = Some(parsed);
                }
                other => return Err(format!("unexpected argument `{other}`")),
            }
        }
        Ok(Some(options))
    }
}

fn usage(demo: &str) -> String {
    format!(
        "usage: {demo} [--json] [SIZE]\n  --json  one JSON object per result (what `cargo xtask run` and the parity check read)\n  SIZE    problem size, for demos that take one"
    )
}

/// One result line of the protocol.
#[derive(Debug, Serialize)]
struct Line<'a> {
    demo: &'a str,
    case: &'a str,
    result: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    claim: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    contrast: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    seconds: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    extra: bool,
}

/// Prints a demo's results, for people or (with `--json`) for the xtask.
#[derive(Debug)]
pub struct Report {
    demo: &'static str,
    json: bool,
}

impl Report {
    pub fn new(demo: &'static str, json: bool) -> Report {
        Report { demo, json }
    }

    /// Whether the demo speaks to the xtask (`--json`): then its stdout must hold result lines
    /// only, so a demo whose code prints by itself (a lecture's logging macro, say) stays quiet.
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Prose for the human reader; silent under `--json`.
    pub fn say(&self, text: impl Display) {
        if !self.json {
            println!("{}", prose(&text.to_string(), wrap_width()));
        }
    }

    /// A result both languages must agree on.
    pub fn result(&self, case: &str, result: impl Display) {
        self.emit(case, result.to_string(), None, false, None);
    }

    /// A result that illustrates a ledger claim and is meant to differ from the other side.
    pub fn contrast(&self, case: &str, result: impl Display, claim: &str) {
        self.emit(case, result.to_string(), Some(claim), true, None);
    }

    /// A result of a timed kernel (timings are reported, never compared).
    pub fn timed(&self, case: &str, result: impl Display, seconds: f64) {
        self.emit(case, result.to_string(), None, false, Some(seconds));
    }

    /// A result that exists on this side only (a tool the other language does not need); it
    /// names the claim that explains why. `seconds` when it is a timed kernel.
    pub fn extra(&self, case: &str, result: impl Display, claim: &str, seconds: Option<f64>) {
        self.print(Line {
            demo: self.demo,
            case,
            result: result.to_string(),
            claim: Some(claim),
            contrast: false,
            seconds,
            extra: true,
        });
    }

    fn emit(
        &self,
        case: &str,
        result: String,
        claim: Option<&str>,
        contrast: bool,
        seconds: Option<f64>,
    ) {
        self.print(Line {
            demo: self.demo,
            case,
            result,
            claim,
            contrast,
            seconds,
            extra: false,
        });
    }

    fn print(&self, line: Line<'_>) {
        let mut out = std::io::stdout().lock();
        if self.json {
            let text =
                serde_json::to_string(&line).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
            let _ = writeln!(out, "{text}");
        } else {
            let timing = line
                .seconds
                .map(|s| format!("  ({})", human_seconds(s)))
                .unwrap_or_default();
            let shown = human_line(line.case, &line.result, &timing, wrap_width());
            let _ = writeln!(out, "{shown}");
        }
    }
}

/// The width a person's terminal gives the words; none when stdout is no terminal: a program
/// (a test, the book, `less`) reads the sentences whole and lays them out itself.
fn wrap_width() -> Option<usize> {
    std::io::stdout().is_terminal().then(text::width)
}

/// Prose, each line wrapped under its own indentation.
fn prose(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    text.split('\n')
        .map(|line| {
            let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            text::paragraph(&indent, &indent, line.trim_start(), width)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A result for people: the case in its column, the result (and its time) beside it, wrapped
/// under the result's column.
fn human_line(case: &str, result: &str, timing: &str, width: Option<usize>) -> String {
    let first = format!("  {case:<22} ");
    let Some(width) = width else {
        return format!("{first}{result}{timing}");
    };
    let hang = " ".repeat(first.chars().count().min(width / 2));
    let mut shown = text::paragraph(&first, &hang, result, width);
    // The time stays whole: beside the result's last line, or under it.
    let last = shown.lines().last().map_or(0, |l| l.chars().count());
    if last + timing.chars().count() <= width {
        shown.push_str(timing);
    } else if !timing.is_empty() {
        shown = format!("{shown}\n{hang}{}", timing.trim_start());
    }
    shown
}

/// The first error line of a recorded rustc output (a ui test's `.stderr`): what the compiler
/// says about a program the demo cannot run, because it does not compile.
pub fn rejected(stderr: &str) -> String {
    let first = stderr
        .lines()
        .find(|line| line.starts_with("error"))
        .unwrap_or("error: (the recorded compiler output is empty)");
    format!("does not compile: {first}")
}

/// `0.000123` → `123 µs`: timings in the unit a person reads at a glance.
pub fn human_seconds(seconds: f64) -> String {
    match seconds {
        s if s >= 1.0 => format!("{s:.2} s"),
        s if s >= 1e-3 => format!("{:.1} ms", s * 1e3),
        s if s >= 1e-6 => format!("{:.1} µs", s * 1e6),
        s => format!("{:.0} ns", s * 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Options>, String> {
        Options::parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn json_and_a_size_in_any_order() {
        let options = parse(&["10_000", "--json"]).unwrap().unwrap();
        assert_eq!(
            options,
            Options {
                json: true,
                size: Some(10_000)
            }
        );
    }

    #[test]
    fn a_bad_size_is_named_in_the_error() {
        let err = parse(&["ten"]).unwrap_err();
        assert!(err.contains("`ten` is not a size"), "{err}");
        assert!(parse(&["--jsn"]).unwrap_err().contains("--jsn"));
    }

    #[test]
    fn rejected_quotes_the_first_error_line() {
        let stderr =
            "warning: unused\nerror[E0308]: mismatched types\n --> x.rs:1:1\nerror: aborting\n";
        assert_eq!(
            rejected(stderr),
            "does not compile: error[E0308]: mismatched types"
        );
    }

    #[test]
    fn the_median_is_of_the_timed_runs_after_one_warm_up() {
        let mut calls = 0;
        let (last, seconds) = median_seconds(5, || {
            calls += 1;
            calls
        });
        assert_eq!((calls, last), (6, 6), "one warm-up, then five timed calls");
        assert!(seconds >= 0.0);
        let (_, _) = median_seconds(0, || ());
    }

    #[test]
    fn on_a_terminal_prose_and_results_fit_its_width_and_elsewhere_stay_whole() {
        let note = "NOTE: this is a debug build (`cargo run` without --release): no optimisation, \
                    so its timings are meaningless.\n  For real figures: `cargo run --release -p \
                    chapter-01 --bin fibonacci`, or both languages side by side.";
        let long = "does not compile: error[E0599]: no method named `to_uppercase` found for \
                    enum `Option<T>` in the current scope";
        for width in [80, 120, 60] {
            let shown = format!(
                "{}\n{}",
                prose(note, Some(width)),
                human_line("upper_on_missing", long, "  (4.2 ms)", Some(width))
            );
            for line in shown.lines() {
                assert!(line.chars().count() <= width, "{width}: {line}\n{shown}");
            }
            let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(
                words(&shown),
                words(&format!("{note} upper_on_missing {long} (4.2 ms)"))
            );
        }
        // The result's continuation sits under the result, not under the case; a time is whole.
        let shown = human_line("upper_on_missing", long, "", Some(80));
        assert!(shown.lines().nth(1).unwrap().starts_with(&" ".repeat(25)));
        let steps = "498501 steps, sum mod 2^64 = 9079565065540428012";
        let shown = human_line("lecture_loop_1000", steps, "  (4.4 ms)", Some(80));
        assert!(shown.contains("(4.4 ms)"), "{shown}");
        // Off a terminal, as written.
        assert_eq!(prose(note, None), note);
        assert_eq!(
            human_line("case", long, "", None),
            format!("  case                   {long}")
        );
    }

    #[test]
    fn a_report_says_whether_it_speaks_json() {
        assert!(Report::new("d", true).is_json());
        assert!(!Report::new("d", false).is_json());
    }

    #[test]
    fn timings_read_in_a_sensible_unit() {
        assert_eq!(human_seconds(2.5), "2.50 s");
        assert_eq!(human_seconds(0.0042), "4.2 ms");
        assert_eq!(human_seconds(0.000_012_3), "12.3 µs");
        assert_eq!(human_seconds(0.000_000_09), "90 ns");
    }
}
