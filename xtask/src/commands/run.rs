//! `cargo xtask run <chapter> [demo]`: each demo, Rust then Python, side by side, with the
//! ledger's verdict beside every result that illustrates a claim. A lecture goes on when one
//! side fails: the failure is shown, the next demo runs, and the exit status says so at the end.

use std::collections::HashSet;
use std::process::ExitCode;

use crate::ledger::{Ledger, Verdict};
use crate::live;
use crate::pair::{self, PairError, ResultLine};
use crate::python::{self, PythonEnv};
use crate::term::{paint, paragraph, width};
use crate::workspace::{Chapter, Demo, Workspace, WorkspaceError};

/// A failing side's output is cut to its last lines (the traceback's end, rustc's panic).
const FAILURE_LINES: usize = 20;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Each demo runs on the Rust side, then its Python twin; their results are set
side by side with the ledger's verdict for every claim a result illustrates. A
side that fails is reported and the run goes on to the next demo (the exit
status is then 1).

Examples:
  cargo xtask run 1                every demo of chapter 1, in lecture order
  cargo xtask run 1 type_errors    one demo (`cargo xtask list` names them)
  cargo xtask run 1 --release      the Rust side optimised (for timings)")]
pub struct Args {
    /// Chapter: 1, 01, ch01 or chapter-01.
    chapter: String,
    /// One demo (see `cargo xtask list`); all of the chapter's demos when omitted.
    demo: Option<String>,
    /// Build the Rust side with optimisations (what timings need; slower to build).
    #[arg(long)]
    release: bool,
    /// Problem size, passed to both sides (for demos that take one).
    #[arg(long)]
    size: Option<u64>,
}

/// How one demo went.
#[derive(Debug, PartialEq)]
enum Shown {
    Agree,
    Disagree,
    Failed,
}

/// What `show` needs besides the demo.
struct Context<'a> {
    ws: &'a Workspace,
    env: &'a PythonEnv,
    chapter: &'a Chapter,
    ledger: &'a Ledger,
    release: bool,
    extra: Vec<String>,
    width: usize,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapter = ws.chapter(&args.chapter)?;
    let ledger = Ledger::load(&chapter.ledger_path())?;
    let mut demos = chapter.demos()?;
    ledger.sort_demos(&mut demos);
    if let Some(name) = &args.demo {
        demos = vec![pick(&chapter, &demos, name)?];
    }
    let env = python::ensure(ws, &mut |line| eprintln!("{line}"))?;
    let profile = if args.release { "release" } else { "debug" };
    eprintln!("Building {} ({profile})…", chapter.package);
    // cargo's lines as they come, and a live line between them: a long compile is not silence.
    let live_line = live::still_running(format!("the build of {}", chapter.package));
    let built = pair::build_with(ws, &chapter, args.release, |job| {
        live_line(job.on_line(|_, line| {
            live::finished();
            eprintln!("  {}", line.trim());
        }))
    });
    live::finished();
    built?;
    let ctx = Context {
        ws,
        env: &env,
        chapter: &chapter,
        ledger: &ledger,
        release: args.release,
        extra: args.size.iter().map(u64::to_string).collect(),
        width: width(),
    };
    let mut failed = Vec::new();
    let mut disagree = Vec::new();
    for demo in &demos {
        match show(&ctx, demo) {
            Shown::Agree => {}
            Shown::Disagree => disagree.push(demo.name.as_str()),
            Shown::Failed => failed.push(demo.name.as_str()),
        }
    }
    let mut summary = format!(
        "{} of {} demos agree on both sides",
        demos.len() - failed.len() - disagree.len(),
        demos.len()
    );
    if !disagree.is_empty() {
        summary.push_str(&format!("; parity problems: {}", disagree.join(", ")));
    }
    if !failed.is_empty() {
        summary.push_str(&format!("; a side failed: {}", failed.join(", ")));
    }
    let colour = if failed.is_empty() && disagree.is_empty() {
        "32"
    } else {
        "31"
    };
    println!(
        "\n{}",
        paint(&paragraph("", "", &summary, ctx.width), colour)
    );
    Ok(if failed.is_empty() && disagree.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The demo called `name` (or `some-name` for `some_name`); else the demos in lecture order.
fn pick(chapter: &Chapter, in_order: &[Demo], name: &str) -> Result<Demo, WorkspaceError> {
    let wanted = name.replace('-', "_");
    match in_order.iter().find(|d| d.name == wanted) {
        Some(demo) => Ok(demo.clone()),
        None => Err(WorkspaceError::UnknownDemo {
            chapter: chapter.package.clone(),
            query: name.to_string(),
            known: in_order
                .iter()
                .map(|d| d.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Runs and prints one demo as its results come: each side's failure, or the cases side by side.
fn show(ctx: &Context, demo: &Demo) -> Shown {
    let twin = demo.python.as_ref().map(|p| ctx.ws.relative(p));
    let title = format!(
        "{} ⇄ {}",
        ctx.ws.relative(&demo.rust),
        twin.as_deref().unwrap_or("(no Python twin)")
    );
    println!("\n{}", paint(&format!("━━ {} ━━", demo.name), "1"));
    println!("{}", paragraph("  ", "  ", &title, ctx.width));
    let rust_command = pair::rust_command(ctx.ws, demo, ctx.release, &ctx.extra);
    let what = |side: &str| format!("the {side} side of `{}`", demo.name);
    let rust = pair::collect(
        "Rust",
        demo,
        rust_command,
        live::still_running(what("Rust")),
    );
    live::finished();
    report_failure(ctx, "Rust", &rust);
    let python = twin.as_ref().map(|_| {
        let command = pair::python_command(ctx.env, ctx.chapter, demo, &ctx.extra);
        let done = pair::collect("Python", demo, command, live::still_running(what("Python")));
        live::finished();
        report_failure(ctx, "Python", &done);
        done
    });
    let empty = Vec::new();
    let rust_lines = rust.as_ref().unwrap_or(&empty);
    let python_lines = match &python {
        Some(Ok(lines)) => lines,
        _ => &empty,
    };
    let mut explained = HashSet::new();
    cases(ctx, rust_lines, python_lines, &mut explained);
    untold_claims(ctx, demo, rust_lines, python_lines, &mut explained);
    if !ctx.release && rust_lines.iter().any(|l| l.seconds.is_some()) {
        let text = "The Rust timings above are of a debug build, which says nothing about Rust's \
                    speed: add --release, or measure with `cargo xtask bench`.";
        println!("\n{}", paint(&paragraph("  ", "  ", text, ctx.width), "33"));
    }
    if rust.is_err() || matches!(python, Some(Err(_))) {
        return Shown::Failed;
    }
    let problems = pair::compare(&demo.name, rust_lines, python_lines, ctx.ledger);
    if problems.is_empty() {
        let text = "parity: the two sides agree wherever the ledger says they should";
        println!("\n{}", paint(&paragraph("  ", "  ", text, ctx.width), "32"));
        Shown::Agree
    } else {
        println!("\n  {}", paint("parity problems:", "31"));
        for problem in &problems {
            println!(
                "{}",
                paragraph("    - ", "      ", &problem.to_string(), ctx.width)
            );
        }
        Shown::Disagree
    }
}

fn report_failure(ctx: &Context, side: &str, outcome: &Result<Vec<ResultLine>, PairError>) {
    let Err(error) = outcome else {
        return;
    };
    let heading = format!("the {side} side failed; the next demo runs all the same:");
    println!(
        "\n{}",
        paint(&paragraph("  ", "  ", &heading, ctx.width), "31")
    );
    let text = error.to_string();
    let lines: Vec<&str> = text.lines().collect();
    let skipped = lines.len().saturating_sub(FAILURE_LINES);
    if skipped > 0 {
        println!("    … ({skipped} lines before)");
    }
    for line in &lines[skipped..] {
        println!("{}", paragraph("    ", "      ", line, ctx.width));
    }
}

/// The paired cases, side by side, each with the verdict of the claim it illustrates; then the
/// results that exist on one side only.
fn cases(ctx: &Context, rust: &[ResultLine], python: &[ResultLine], told: &mut HashSet<String>) {
    let paired = |lines: &[ResultLine]| {
        lines
            .iter()
            .filter(|l| !l.extra)
            .cloned()
            .collect::<Vec<_>>()
    };
    let (rust_paired, python_paired) = (paired(rust), paired(python));
    for i in 0..rust_paired.len().max(python_paired.len()) {
        let (r, p) = (rust_paired.get(i), python_paired.get(i));
        let case = r.or(p).map(|l| l.case.as_str()).unwrap_or("?");
        let agreement = match (r, p) {
            (Some(r), Some(p)) if r.result == p.result => paint("same on both sides", "32"),
            (Some(r), Some(p)) if r.contrast && p.contrast => {
                paint("the languages differ here", "33")
            }
            _ => paint("MISMATCH", "31"),
        };
        println!("\n  {}  {agreement}", paint(case, "1"));
        println!(
            "{}",
            paragraph("    Rust    ", "            ", &side_text(r), ctx.width)
        );
        println!(
            "{}",
            paragraph("    Python  ", "            ", &side_text(p), ctx.width)
        );
        let claims: Vec<&str> = [r, p]
            .iter()
            .flatten()
            .filter_map(|l| l.claim.as_deref())
            .collect();
        for id in dedup(claims) {
            println!("{}", verdict_line(ctx, id, told));
        }
    }
    let one_sided = rust
        .iter()
        .map(|l| ("Rust", l))
        .chain(python.iter().map(|l| ("Python", l)));
    for (side, line) in one_sided.filter(|(_, l)| l.extra) {
        println!(
            "\n  {}  {}",
            paint(&line.case, "1"),
            paint(&format!("{side} only"), "33")
        );
        let first = format!("    {side:<7} ");
        println!(
            "{}",
            paragraph(&first, "            ", &side_text(Some(line)), ctx.width)
        );
        if let Some(id) = &line.claim {
            println!("{}", verdict_line(ctx, id, told));
        }
    }
}

/// The claims of this demo's section that no result line illustrates.
fn untold_claims(
    ctx: &Context,
    demo: &Demo,
    rust: &[ResultLine],
    python: &[ResultLine],
    told: &mut HashSet<String>,
) {
    let shown: Vec<&str> = rust
        .iter()
        .chain(python)
        .filter_map(|l| l.claim.as_deref())
        .collect();
    let others: Vec<_> = ctx
        .ledger
        .claims
        .iter()
        .filter(|c| {
            c.demo.as_deref() == Some(demo.name.as_str()) && !shown.contains(&c.id.as_str())
        })
        .collect();
    if others.is_empty() {
        return;
    }
    let heading = "also in this section (proven by tests, not by a demo line)";
    println!(
        "\n{}",
        paint(&paragraph("  ", "  ", heading, ctx.width), "1")
    );
    for claim in others {
        println!("{}", verdict_line(ctx, &claim.id, told));
    }
}

fn side_text(line: Option<&ResultLine>) -> String {
    match line {
        Some(line) => match line.seconds {
            Some(s) => format!("{}  ({})", line.result, crate::bench::stats::seconds(s)),
            None => line.result.clone(),
        },
        None => paint("(no result)", "31"),
    }
}

fn dedup(ids: Vec<&str>) -> Vec<&str> {
    let mut seen = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen
}

/// A claim's verdict; what it says and the ledger's note only the first time in a demo (a claim
/// several cases illustrate is explained once).
fn verdict_line(ctx: &Context, id: &str, told: &mut HashSet<String>) -> String {
    let Some(claim) = ctx.ledger.claim(id) else {
        return paint(&format!("    ledger  {id}: not in the ledger"), "31");
    };
    let verdict = match claim.verdict {
        Verdict::Holds => paint("holds", "32"),
        Verdict::Refined => paint("refined", "33"),
        Verdict::Erratum => paint("ERRATUM", "31"),
    };
    let indent = "            ";
    if !told.insert(id.to_string()) {
        return paragraph(
            "    ledger  ",
            indent,
            &format!("{id}: {verdict} (see above)"),
            ctx.width,
        );
    }
    let mut text = paragraph(
        "    ledger  ",
        indent,
        &format!("{id}: {verdict} · {}", claim.says),
        ctx.width,
    );
    if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push('\n');
        text.push_str(&paragraph(indent, indent, &format!("→ {note}"), ctx.width));
    }
    text
}
