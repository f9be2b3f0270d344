//! `cargo xtask sync [chapter]`: rewrites what is generated from a chapter's own files, so that
//! nothing derived is kept by hand — the README's ledger table (from claims.toml) and
//! tests/solutions.rs (from exercises/exercises.toml). The ledger check fails when either is
//! out of date, and names this command.

use std::fs;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::ledger::check::{README_END, README_START};
use crate::ledger::{Ledger, markdown_table};
use crate::scaffold;
use crate::workspace::{Chapter, Workspace};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Run it after editing a chapter's claims.toml or exercises/exercises.toml; the ledger check
(`cargo xtask test`) fails, naming this command, while either generated file is out of date.

Examples:
  cargo xtask sync 3                  chapter 3's README table and tests/solutions.rs
  cargo xtask sync                    every chapter's")]
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
        if scaffold::sync_driver(ws, chapter)? {
            println!(
                "Rewrote {}.",
                ws.relative(&chapter.dir.join("tests/solutions.rs"))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Puts the ledger's Markdown table between the README's ledger markers.
pub fn write_readme_table(
    ws: &Workspace,
    chapter: &Chapter,
    ledger: &Ledger,
) -> anyhow::Result<()> {
    let path = chapter.readme_path();
    let shown = ws.relative(&path);
    let text = fs::read_to_string(&path).with_context(|| format!("could not read {shown}"))?;
    let Some((before, rest)) = text.split_once(README_START) else {
        bail!(
            "{shown} has no ledger marker; add the line\n{README_START}\n{README_END}\nwhere the table belongs"
        );
    };
    let Some((_, after)) = rest.split_once(README_END) else {
        bail!("{shown} opens the ledger table but never closes it with {README_END}");
    };
    let updated = format!(
        "{before}{README_START}\n{}{README_END}{after}",
        markdown_table(ledger)
    );
    if updated != text {
        fs::write(&path, updated).with_context(|| format!("could not write {shown}"))?;
        println!("Updated the ledger table in {shown}.");
    }
    Ok(())
}
