//! `cargo xtask run <chapter> [demo]`: each demo, Rust then Python, side by side, with the
//! ledger's verdict beside every result that illustrates a claim.

use std::process::ExitCode;

use anyhow::Context;

use super::paint;
use crate::ledger::{Ledger, Verdict, wrap};
use crate::pair::{self, ResultLine};
use crate::python;
use crate::workspace::{Chapter, Demo, Workspace};

#[derive(Debug, clap::Args)]
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

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapter = ws.chapter(&args.chapter)?;
    let ledger = Ledger::load(&chapter.ledger_path())?;
    let demos = match &args.demo {
        Some(name) => vec![chapter.demo(name)?],
        None => {
            let mut demos = chapter.demos()?;
            ledger.sort_demos(&mut demos);
            demos
        }
    };
    let env = python::ensure(ws, &mut |line| eprintln!("{line}"))?;
    eprintln!(
        "Building {} ({})…",
        chapter.package,
        if args.release { "release" } else { "debug" }
    );
    pair::build(ws, &chapter, args.release)?;
    let extra: Vec<String> = args.size.iter().map(u64::to_string).collect();
    let mut agree = true;
    for demo in &demos {
        agree &= show(ws, &env, &chapter, demo, &ledger, args.release, &extra)?;
    }
    Ok(if agree {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints one demo; false when the two sides disagree where they should not.
fn show(
    ws: &Workspace,
    env: &python::PythonEnv,
    chapter: &Chapter,
    demo: &Demo,
    ledger: &Ledger,
    release: bool,
    extra: &[String],
) -> anyhow::Result<bool> {
    let twin = demo.python.as_ref().map(|p| ws.relative(p));
    println!(
        "\n{}  {} ⇄ {}",
        paint(&format!("━━ {} ━━", demo.name), "1"),
        ws.relative(&demo.rust),
        twin.as_deref().unwrap_or("(no Python twin)")
    );
    let rust = pair::run_rust(ws, demo, release, extra)
        .with_context(|| format!("the Rust side of `{}` failed", demo.name))?;
    let python = match &twin {
        Some(_) => pair::run_python(env, chapter, demo, extra)
            .with_context(|| format!("the Python side of `{}` failed", demo.name))?,
        None => Vec::new(),
    };
    let paired = |lines: &[ResultLine]| {
        lines
            .iter()
            .filter(|l| !l.extra)
            .cloned()
            .collect::<Vec<_>>()
    };
    let (rust_paired, python_paired) = (paired(&rust), paired(&python));
    let cases = rust_paired.len().max(python_paired.len());
    for i in 0..cases {
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
        println!("    Rust    {}", side_text(r));
        println!("    Python  {}", side_text(p));
        let claims: Vec<&str> = [r, p]
            .iter()
            .flatten()
            .filter_map(|l| l.claim.as_deref())
            .collect();
        for id in dedup(claims) {
            println!("    {}", verdict_line(ledger, id));
        }
    }
    for (side, line) in rust
        .iter()
        .map(|l| ("Rust", l))
        .chain(python.iter().map(|l| ("Python", l)))
    {
        if line.extra {
            println!(
                "\n  {}  {}",
                paint(&line.case, "1"),
                paint(&format!("{side} only"), "33")
            );
            println!("    {side:<7} {}", side_text(Some(line)));
            if let Some(id) = &line.claim {
                println!("    {}", verdict_line(ledger, id));
            }
        }
    }
    let shown: Vec<&str> = rust
        .iter()
        .chain(&python)
        .filter_map(|l| l.claim.as_deref())
        .collect();
    let others: Vec<_> = ledger
        .claims
        .iter()
        .filter(|c| {
            c.demo.as_deref() == Some(demo.name.as_str()) && !shown.contains(&c.id.as_str())
        })
        .collect();
    if !others.is_empty() {
        println!(
            "\n  {}",
            paint(
                "also in this section (proven by tests, not by a demo line)",
                "1"
            )
        );
        for claim in others {
            println!("    {}", verdict_line(ledger, &claim.id));
        }
    }
    if !release && rust.iter().any(|l| l.seconds.is_some()) {
        println!(
            "\n  {}",
            paint(
                "The Rust timings above are of a debug build, which says nothing about Rust's speed: \
                 add --release, or measure with `cargo xtask bench`.",
                "33"
            )
        );
    }
    let problems = pair::compare(&demo.name, &rust, &python, ledger);
    if problems.is_empty() {
        println!(
            "\n  {}",
            paint(
                "parity: the two sides agree wherever the ledger says they should",
                "32"
            )
        );
    } else {
        println!("\n  {}", paint("parity problems:", "31"));
        for problem in &problems {
            println!("    - {problem}");
        }
    }
    Ok(problems.is_empty())
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

fn verdict_line(ledger: &Ledger, id: &str) -> String {
    let Some(claim) = ledger.claim(id) else {
        return paint(&format!("ledger  {id}: not in the ledger"), "31");
    };
    let verdict = match claim.verdict {
        Verdict::Holds => paint("holds", "32"),
        Verdict::Refined => paint("refined", "33"),
        Verdict::Erratum => paint("ERRATUM", "31"),
    };
    let width = super::width().saturating_sub(14).max(40);
    let indent = "\n            ";
    let says = wrap(&claim.says, width).join(indent);
    let mut text = format!("ledger  {id}: {verdict} · {says}");
    if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push_str(indent);
        text.push_str(&wrap(&format!("→ {note}"), width).join(indent));
    }
    text
}
