//! `cargo xtask sync [chapter]`: rewrites what is generated from a chapter's own files, so that
//! nothing derived is kept by hand — the README's ledger table (from claims.toml),
//! tests/solutions.rs (from exercises/exercises.toml) and the reference bench run's bench.md
//! (from reference/bench.json and claims.toml). The ledger check fails when any is out of date,
//! and names this command.

use std::process::ExitCode;

use anyhow::Context;

use crate::ledger::Ledger;
use crate::scaffold;
use crate::workspace::{Chapter, Workspace};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Run it after editing a chapter's claims.toml or exercises/exercises.toml; the
ledger check (`cargo xtask test`) fails, naming this command, while a
generated file is out of date.

Examples:
  cargo xtask sync 3    chapter 3's README table, tests/solutions.rs and
                        reference/bench.md
  cargo xtask sync      every chapter's")]
pub struct Args {
    /// Chapter (1, 01, ch01, chapter-01); all chapters when omitted.
    chapter: Option<String>,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapters = match &args.chapter {
        Some(query) => vec![ws.chapter(query)?],
        None => ws.chapters()?,
    };
    for chapter in &chapters {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        write_readme_table(ws, chapter, &ledger)?;
        let bench_md = crate::bench::reference::markdown_path(chapter);
        let rewrote = crate::bench::reference::sync(chapter, &ledger)
            .with_context(|| format!("could not rewrite {}", ws.relative(&bench_md)))?;
        if rewrote {
            println!(
                "Rewrote {} from bench.json and the ledger.",
                ws.relative(&bench_md)
            );
        }
        if scaffold::sync_driver(ws, chapter)? {
            println!(
                "Rewrote {}.",
                ws.relative(&chapter.dir.join("tests/solutions.rs"))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Puts the ledger's table in the chapter's README, saying so when it changed.
pub fn write_readme_table(
    ws: &Workspace,
    chapter: &Chapter,
    ledger: &Ledger,
) -> anyhow::Result<()> {
    if scaffold::sync_readme_table(ws, chapter, ledger)? {
        println!(
            "Updated the ledger table in {}.",
            ws.relative(&chapter.readme_path())
        );
    }
    Ok(())
}
