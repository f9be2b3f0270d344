//! The report's files: `bench.json`, `bench.md` and `bench.svg`, written and read back.

use std::fs;
use std::path::{Path, PathBuf};

use super::{BenchError, Report, chart, markdown};

/// The files a report was written to.
#[derive(Debug, Clone)]
pub struct Written {
    pub json: PathBuf,
    pub markdown: PathBuf,
    pub svg: PathBuf,
}

/// Writes `bench.json`, `bench.md` and `bench.svg` (`bench-<name>.*` for a single benchmark).
pub fn write(report: &Report, dir: &Path, only: Option<&str>) -> Result<Written, BenchError> {
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
    put(&written.json, &json)?;
    put(&written.markdown, &markdown(report))?;
    put(&written.svg, &chart::svg(report)?)?;
    Ok(written)
}

fn put(path: &Path, text: &str) -> Result<(), BenchError> {
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
    let bars = svg.matches("<rect").count();
    let rows: usize = report.benches.iter().map(|b| b.rows.len()).sum();
    if !svg.trim_start().starts_with("<svg") || !svg.trim_end().ends_with("</svg>") || bars < rows {
        return Err(BenchError::Malformed(format!(
            "bench.svg is not a complete chart ({bars} rectangles for {rows} rows)"
        )));
    }
    Ok(())
}
