//! The report for people: an aligned table on the terminal, and the same in Markdown (what the
//! chapter README quotes). Verdicts are coloured on a terminal only, never with NO_COLOR. Both
//! join the run with the ledger they are given (the chapter's, as it is now): the lecture's words,
//! the ledger's verdicts and notes are never the run's own.

use std::fmt::Write as _;

use super::verdict::{Shown, shown};
use super::{Bench, Report, Row};
use crate::ledger::{Ledger, Verdict};
use crate::term::{paint, paragraph, truncate};

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

fn verdict_text(claim: &Shown) -> String {
    claim
        .verdict
        .map_or_else(|| "no verdict".to_string(), |v| v.to_string())
}

fn coloured(claim: &Shown) -> String {
    let code = match claim.verdict {
        Some(Verdict::Holds) => "32",
        Some(Verdict::Refined) => "33",
        Some(Verdict::Erratum) => "31",
        None => "2",
    };
    paint(&verdict_text(claim), code)
}

/// The terminal table, every line within `width` columns: each paragraph wrapped under its own
/// indentation, a row's detail below its numbers when it does not fit beside them, the closing
/// summary one line per claim (cut with `…`: the full text is above it).
pub fn terminal(report: &Report, ledger: &Ledger, width: usize) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(paint(&paragraph("", "  ", &headline(report), width), "1"));
    line(paragraph("machine: ", "  ", &report.machine.line(), width));
    line(paragraph("", "  ", &load(report), width));
    for bench in &report.benches {
        line(String::new());
        let name = format!("━━ {} ━━  ", bench.name);
        let title = title(report, bench);
        line(paint(&paragraph(&name, "  ", &title, width), "1"));
        line(paragraph("  input: ", "    ", &bench.input, width));
        rows(bench, width, &mut line);
        for figure in &bench.figures {
            let text = format!("{}: {}", figure.label, figure.text);
            line(paragraph("  → ", "    ", &text, width));
        }
        for claim in &bench.claims {
            let head = format!("  {}  ", claim.claim);
            let view = shown(claim, ledger);
            line(paragraph(
                &paint(&head, "1"),
                "    ",
                &coloured(&view),
                width,
            ));
            for (label, text) in [
                ("lecture", &view.lecture),
                ("measured", &claim.measured),
                ("why", &view.reason),
            ] {
                let first = format!("      {label:<10}");
                line(paragraph(&first, &" ".repeat(16), text, width));
            }
        }
        for note in &bench.notes {
            line(paint(&paragraph("  note: ", "        ", note, width), "2"));
        }
    }
    line(String::new());
    line(paint(
        "━━ each claim: its verdict, what was measured ━━",
        "1",
    ));
    let claims: Vec<_> = report
        .benches
        .iter()
        .flat_map(|b| &b.claims)
        .map(|c| (c, shown(c, ledger)))
        .collect();
    let id_w = claims
        .iter()
        .map(|(c, _)| c.claim.chars().count())
        .max()
        .unwrap_or(5)
        .min(width / 2);
    for (claim, view) in &claims {
        let text = format!(
            "  {:id_w$}  {:<10}  {}",
            truncate(&claim.claim, id_w),
            verdict_text(view),
            claim.measured
        );
        line(truncate(&text, width));
    }
    let count = |v: Option<Verdict>| claims.iter().filter(|(_, s)| s.verdict == v).count();
    let summary = format!(
        "{} holds, {} refined, {} errata, {} without a verdict",
        count(Some(Verdict::Holds)),
        count(Some(Verdict::Refined)),
        count(Some(Verdict::Erratum)),
        count(None)
    );
    line(String::new());
    line(paragraph("", "", &summary, width));
    out
}

/// A benchmark's title, saying so when its rows are of a debug build (as under `--quick`): a
/// title such as "default release vs crt-static" must not pass for what was measured.
pub(super) fn title(report: &Report, bench: &Bench) -> String {
    if report.profile == "debug" {
        format!("{} (here: the debug build)", bench.title)
    } else {
        bench.title.clone()
    }
}

/// The rows under their header: case, side, median, min, max, and the row's detail beside them
/// when the line has room, else on the lines below. A case too long for its column gets a line
/// of its own.
fn rows(bench: &Bench, width: usize, line: &mut impl FnMut(String)) {
    const NUMBERS: usize = 2 + 3 * (2 + 10);
    let longest = |f: &dyn Fn(&Row) -> usize| bench.rows.iter().map(f).max().unwrap_or(4).max(4);
    let series_w = longest(&|r| r.series.chars().count()).min(width / 4);
    let case_w = longest(&|r| r.case.chars().count())
        .min(width.saturating_sub(NUMBERS + series_w + 2))
        .max(4);
    line(format!(
        "  {:case_w$}  {:series_w$}  {:>10}  {:>10}  {:>10}",
        "case", "side", "median", "min", "max"
    ));
    for row in &bench.rows {
        let [median, min, max] = stat_cells(bench, row);
        let case = if row.case.chars().count() > case_w {
            line(paragraph("  ", "    ", &row.case, width));
            String::new()
        } else {
            row.case.clone()
        };
        let numbers = format!(
            "  {case:case_w$}  {:series_w$}  {median:>10}  {min:>10}  {max:>10}",
            truncate(&row.series, series_w)
        );
        let beside = format!("{numbers}  {}", row.detail);
        if row.detail.is_empty() || beside.chars().count() <= width {
            line(beside.trim_end().to_string());
        } else {
            line(numbers.trim_end().to_string());
            line(paragraph("      ", "      ", &row.detail, width));
        }
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report (`bench.md`), for the chapter README and the book.
pub fn markdown(report: &Report, ledger: &Ledger) -> String {
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
        let _ = writeln!(
            out,
            "### `{}`: {}\n",
            bench.name,
            cell(&title(report, bench))
        );
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
            let view = shown(claim, ledger);
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | **{}** | {} |",
                claim.claim,
                cell(&view.lecture),
                cell(&claim.measured),
                verdict_text(&view),
                cell(&view.reason)
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

#[cfg(test)]
mod tests;
