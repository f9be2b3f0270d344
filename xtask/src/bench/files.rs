//! The report's files: `bench.json`, `bench.md` and `bench.svg`, written and read back, and
//! copied into the chapter's `reference/` folder as its reference run (`--record`).

use std::fs;
use std::path::{Path, PathBuf};

use super::{BenchError, Report, chart, markdown};
use crate::ledger::Ledger;
use crate::workspace::Chapter;

/// The chapter folder that holds its committed reference run (what the book shows).
pub const REFERENCE_DIR: &str = "reference";

/// The files a report was written to.
#[derive(Debug, Clone)]
pub struct Written {
    pub json: PathBuf,
    pub markdown: PathBuf,
    pub svg: PathBuf,
}

/// Writes `bench.json`, `bench.md` and `bench.svg` (`bench-<name>.*` for a single benchmark);
/// bench.md joins the run with `ledger` (the chapter's).
pub fn write(
    report: &Report,
    ledger: &Ledger,
    dir: &Path,
    only: Option<&str>,
) -> Result<Written, BenchError> {
    fs::create_dir_all(dir).map_err(|source| BenchError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let stem = match only {
        Some(name) => format!("bench-{name}"),
        None => "bench".into(),
    };
    let written = Written {
        json: dir.join(format!("{stem}.json")),
        markdown: dir.join(format!("{stem}.md")),
        svg: dir.join(format!("{stem}.svg")),
    };
    let json = serde_json::to_string_pretty(report)
        .map_err(|e| BenchError::Malformed(format!("cannot serialise the report: {e}")))?;
    // bench.md is bench.json rendered as `cargo xtask sync` and the book read it back (serde_json
    // may read a float one ulp off what was written), so that the two never disagree.
    let read_back: Report = serde_json::from_str(&json)
        .map_err(|e| BenchError::Malformed(format!("cannot read the report back: {e}")))?;
    put(&written.json, &json)?;
    put(&written.markdown, &markdown(&read_back, ledger))?;
    put(&written.svg, &chart::svg(report)?)?;
    Ok(written)
}

/// Copies a written full report into `chapters/<chapter>/reference/` as `bench.{json,md,svg}`,
/// then checks the copies. A quick run, or one on the debug build, is refused: its figures mean
/// nothing, and a reference run is what a reader of the book judges the lecture by.
pub fn record(
    report: &Report,
    written: &Written,
    chapter: &Chapter,
) -> Result<Written, BenchError> {
    if report.quick || report.profile != "release" {
        return Err(BenchError::Record(format!(
            "a reference run is a full run on the release build; this one is {}{}",
            report.profile,
            if report.quick { " (--quick)" } else { "" }
        )));
    }
    let dir = chapter.dir.join(REFERENCE_DIR);
    fs::create_dir_all(&dir).map_err(|source| BenchError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let recorded = Written {
        json: dir.join("bench.json"),
        markdown: dir.join("bench.md"),
        svg: dir.join("bench.svg"),
    };
    for (from, to) in [
        (&written.json, &recorded.json),
        (&written.markdown, &recorded.markdown),
        (&written.svg, &recorded.svg),
    ] {
        fs::copy(from, to).map_err(|source| BenchError::Write {
            path: to.display().to_string(),
            source,
        })?;
    }
    check_written(report, &recorded)?;
    Ok(recorded)
}

/// A report as written to `bench.json`.
pub fn read(path: &Path) -> Result<Report, BenchError> {
    let text = fs::read_to_string(path)
        .map_err(|e| BenchError::Malformed(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        BenchError::Malformed(format!(
            "{} is not a report of this xtask's `cargo xtask bench`: {e}",
            path.display()
        ))
    })
}

pub(super) fn put(path: &Path, text: &str) -> Result<(), BenchError> {
    fs::write(path, text).map_err(|source| BenchError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// Reads the written files back and checks they are what they claim to be: JSON with every
/// benchmark and a statistic for every row, a Markdown table per benchmark, an SVG with a bar
/// per row. Timings are never judged, only their presence and shape.
pub fn check_written(report: &Report, written: &Written) -> Result<(), BenchError> {
    let read = |path: &Path| {
        fs::read_to_string(path)
            .map_err(|e| BenchError::Malformed(format!("cannot read {}: {e}", path.display())))
    };
    let json: serde_json::Value = serde_json::from_str(&read(&written.json)?)
        .map_err(|e| BenchError::Malformed(format!("bench.json is not JSON: {e}")))?;
    let benches = json["benches"]
        .as_array()
        .ok_or_else(|| BenchError::Malformed("bench.json has no `benches` list".into()))?;
    if benches.len() != report.benches.len() {
        return Err(BenchError::Malformed(format!(
            "bench.json holds {} benchmarks, the run made {}",
            benches.len(),
            report.benches.len()
        )));
    }
    for bench in benches {
        let name = bench["name"].as_str().unwrap_or("?");
        let rows = bench["rows"].as_array().map_or(&[][..], Vec::as_slice);
        if rows.is_empty() {
            return Err(BenchError::Malformed(format!(
                "benchmark `{name}` has no rows"
            )));
        }
        for row in rows {
            let stats = &row["stats"];
            let ok = ["median", "min", "max"]
                .iter()
                .all(|k| stats[k].as_f64().is_some_and(|v| v.is_finite() && v >= 0.0));
            if !ok || stats["min"].as_f64() > stats["max"].as_f64() {
                return Err(BenchError::Malformed(format!(
                    "benchmark `{name}`, row `{}`: malformed statistics {stats}",
                    row["case"]
                )));
            }
        }
    }
    let md = read(&written.markdown)?;
    for bench in &report.benches {
        if !md.contains(&format!("### `{}`", bench.name)) {
            return Err(BenchError::Malformed(format!(
                "bench.md has no section for `{}`",
                bench.name
            )));
        }
    }
    let svg = read(&written.svg)?;
    // A row is a bar (a rectangle) on a linear axis, a point (a circle) on a log one.
    let marks = svg.matches("<rect").count() + svg.matches("<circle").count();
    let rows: usize = report.benches.iter().map(|b| b.rows.len()).sum();
    if !svg.trim_start().starts_with("<svg") || !svg.trim_end().ends_with("</svg>") || marks < rows
    {
        return Err(BenchError::Malformed(format!(
            "bench.svg is not a complete chart ({marks} bars and points for {rows} rows)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::Machine;

    fn report(quick: bool, profile: &str) -> Report {
        Report {
            chapter: "chapter-98".into(),
            quick,
            runs: 1,
            profile: profile.into(),
            machine: Machine {
                cpu: "a CPU".into(),
                cores: 2,
                nominal_mhz: None,
                os: "linux".into(),
                rustc: "rustc 1.95.0".into(),
                python_version: "3.11.2".into(),
                python_implementation: "CPython".into(),
                python_real_path: "/usr/bin/python3.11".into(),
                gil_enabled: true,
                gil: "GIL: yes".into(),
            },
            started_utc: "2026-11-27 09:00:00 UTC".into(),
            load_at_start: None,
            load_at_end: None,
            benches: Vec::new(),
            elapsed_seconds: 1.0,
        }
    }

    #[test]
    fn record_refuses_a_quick_or_debug_report_and_writes_nothing() {
        let scratch = textbook_harness::Scratch::new("record-refused");
        let root = scratch.path();
        let chapter = Chapter {
            number: 98,
            dir_name: "ch98-timed".into(),
            package: "chapter-98".into(),
            dir: root.join("chapters/ch98-timed"),
            python_dir: root.join("python_equivalents/ch98_timed"),
        };
        let ledger = Ledger { claims: Vec::new() };
        let out = root.join("out");
        let written = write(&report(false, "release"), &ledger, &out, None).unwrap();
        for (quick, profile) in [(true, "debug"), (false, "debug")] {
            let error = record(&report(quick, profile), &written, &chapter).unwrap_err();
            assert!(
                error
                    .to_string()
                    .contains("a full run on the release build"),
                "{error}"
            );
        }
        assert!(!chapter.dir.join(REFERENCE_DIR).exists());
        let recorded = record(&report(false, "release"), &written, &chapter).unwrap();
        assert_eq!(recorded.json, chapter.dir.join("reference/bench.json"));
    }
}
