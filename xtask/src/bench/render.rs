//! The report for people: an aligned table on the terminal, and the same in Markdown (what the
//! chapter README quotes). Verdicts are coloured on a terminal only, never with NO_COLOR.

use std::fmt::Write as _;

use super::{Bench, ClaimRow, Report, Row};
use crate::ledger::Verdict;
use crate::term::paint;

fn headline(report: &Report) -> String {
    let number = report
        .chapter
        .trim_start_matches("chapter-")
        .trim_start_matches('0');
    let mode = if report.quick {
        "--quick: each benchmark once at a tiny size on the debug build (checks the machinery; \
         the figures mean nothing)"
            .to_string()
    } else {
        format!(
            "{} build, {} runs per side, {:.1} min in all",
            report.profile,
            report.runs,
            report.elapsed_seconds / 60.0
        )
    };
    format!("cargo xtask bench {number}: {}; {mode}", report.chapter)
}

fn stat_cells(bench: &Bench, row: &Row) -> [String; 3] {
    let show = |v: f64| bench.unit.show(v);
    if row.stats.samples <= 1 {
        [show(row.stats.median), "".into(), "".into()]
    } else {
        [
            show(row.stats.median),
            show(row.stats.min),
            show(row.stats.max),
        ]
    }
}

fn verdict_text(claim: &ClaimRow) -> String {
    claim
        .verdict
        .map_or_else(|| "no verdict".to_string(), |v| v.to_string())
}

fn coloured(claim: &ClaimRow) -> String {
    let code = match claim.verdict {
        Some(Verdict::Holds) => "32",
        Some(Verdict::Refined) => "33",
        Some(Verdict::Erratum) => "31",
        None => "2",
    };
    paint(&verdict_text(claim), code)
}

/// The terminal table.
pub fn terminal(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint(&headline(report), "1"));
    let _ = writeln!(out, "machine: {}", report.machine.line());
    let _ = writeln!(out, "{}", load(report));
    for bench in &report.benches {
        let _ = writeln!(
            out,
            "\n{}  {}",
            paint(&format!("━━ {} ━━", bench.name), "1"),
            bench.title
        );
        let _ = writeln!(out, "  input: {}", bench.input);
        let case_w = bench
            .rows
            .iter()
            .map(|r| r.case.chars().count())
            .max()
            .unwrap_or(4)
            .max(4);
        let series_w = bench
            .rows
            .iter()
            .map(|r| r.series.chars().count())
            .max()
            .unwrap_or(4)
            .max(4);
        let _ = writeln!(
            out,
            "  {:case_w$}  {:series_w$}  {:>10}  {:>10}  {:>10}",
            "case", "side", "median", "min", "max"
        );
        for row in &bench.rows {
            let [median, min, max] = stat_cells(bench, row);
            let _ = writeln!(
                out,
                "  {:case_w$}  {:series_w$}  {median:>10}  {min:>10}  {max:>10}  {}",
                row.case, row.series, row.detail
            );
        }
        for figure in &bench.figures {
            let _ = writeln!(out, "  → {}: {}", figure.label, paint(&figure.text, "1"));
        }
        for claim in &bench.claims {
            let _ = writeln!(out, "  {}  {}", paint(&claim.claim, "1"), coloured(claim));
            let _ = writeln!(out, "      lecture   {}", claim.lecture);
            let _ = writeln!(out, "      measured  {}", claim.measured);
            let _ = writeln!(out, "      why       {}", claim.reason);
        }
        for note in &bench.notes {
            let _ = writeln!(out, "  {}", paint(&format!("note: {note}"), "2"));
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint("━━ the lecture beside the measurement ━━", "1")
    );
    let claims: Vec<&ClaimRow> = report.benches.iter().flat_map(|b| &b.claims).collect();
    let id_w = claims.iter().map(|c| c.claim.len()).max().unwrap_or(5);
    let lecture_w = claims
        .iter()
        .map(|c| c.lecture.chars().count())
        .max()
        .unwrap_or(7)
        .min(48);
    for claim in &claims {
        let lecture: String = if claim.lecture.chars().count() > lecture_w {
            let cut: String = claim.lecture.chars().take(lecture_w - 1).collect();
            format!("{cut}…")
        } else {
            claim.lecture.clone()
        };
        let _ = writeln!(
            out,
            "  {:id_w$}  {:lecture_w$}  {:<10}  {}",
            claim.claim,
            lecture,
            verdict_text(claim),
            claim.measured
        );
    }
    let count = |v: Option<Verdict>| claims.iter().filter(|c| c.verdict == v).count();
    let _ = writeln!(
        out,
        "\n{} holds, {} refined, {} errata, {} without a verdict",
        count(Some(Verdict::Holds)),
        count(Some(Verdict::Refined)),
        count(Some(Verdict::Erratum)),
        count(None)
    );
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report (`bench.md`), for the chapter README.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", cell(&headline(report)));
    let _ = writeln!(
        out,
        "Measured {} on: {}\n\nThe machine's {}.\n",
        report.started_utc,
        cell(&report.machine.line()),
        load(report)
    );
    for bench in &report.benches {
        let _ = writeln!(out, "### `{}`: {}\n", bench.name, cell(&bench.title));
        let _ = writeln!(out, "{}\n", cell(&bench.input));
        let _ = writeln!(out, "| case | side | median | min | max | |");
        let _ = writeln!(out, "|---|---|---:|---:|---:|---|");
        for row in &bench.rows {
            let [median, min, max] = stat_cells(bench, row);
            let _ = writeln!(
                out,
                "| {} | {} | {median} | {min} | {max} | {} |",
                cell(&row.case),
                cell(&row.series),
                cell(&row.detail)
            );
        }
        if !bench.figures.is_empty() {
            out.push('\n');
            for figure in &bench.figures {
                let _ = writeln!(out, "- {}: **{}**", cell(&figure.label), cell(&figure.text));
            }
        }
        out.push('\n');
        let _ = writeln!(out, "| claim | lecture | measured | verdict | why |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for claim in &bench.claims {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | **{}** | {} |",
                claim.claim,
                cell(&claim.lecture),
                cell(&claim.measured),
                verdict_text(claim),
                cell(&claim.reason)
            );
        }
        for note in &bench.notes {
            let _ = writeln!(out, "\n_{}_", cell(note));
        }
        out.push('\n');
    }
    let number = report
        .chapter
        .trim_start_matches("chapter-")
        .trim_start_matches('0');
    let _ = writeln!(
        out,
        "Reproduce: `cargo xtask bench {number}` (add `--runs N` for more repetitions); it writes \
         this file, `bench.json` and the chart `bench.svg` to `target/textbook/{}/`.",
        report.chapter
    );
    out
}

/// The load the measurements competed with: above the core count, other work shared the cores.
fn load(report: &Report) -> String {
    super::machine::load_line(
        report.load_at_start,
        report.load_at_end,
        report.machine.cores,
    )
}
