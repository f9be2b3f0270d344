//! `cargo xtask claims [chapter]`: the ledger as a table, as JSON, or as the README's Markdown.

use std::fs;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::ledger::check::{README_END, README_START};
use crate::ledger::{Ledger, markdown_table, terminal_table};
use crate::workspace::{Chapter, Workspace};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Chapter (1, 01, ch01, chapter-01); all chapters when omitted.
    chapter: Option<String>,
    /// One JSON array of every claim, for scripts.
    #[arg(long, conflicts_with_all = ["markdown", "write_readme"])]
    json: bool,
    /// The Markdown table that the chapter README embeds.
    #[arg(long)]
    markdown: bool,
    /// Rewrite the ledger table in the chapter's README.md (between its ledger markers).
    #[arg(long)]
    write_readme: bool,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapters = match &args.chapter {
        Some(query) => vec![ws.chapter(query)?],
        None => ws.chapters()?,
    };
    let mut all = Vec::new();
    for chapter in &chapters {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        if args.write_readme {
            write_readme(ws, chapter, &ledger)?;
        } else if args.markdown {
            print!("{}", markdown_table(&ledger));
        } else if !args.json {
            println!(
                "{} — {}",
                chapter.package,
                ws.relative(&chapter.ledger_path())
            );
            let claims: Vec<_> = ledger.claims.iter().collect();
            println!("{}", terminal_table(&claims, super::width()));
        }
        all.extend(ledger.claims);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&all)?);
    }
    Ok(ExitCode::SUCCESS)
}

fn write_readme(ws: &Workspace, chapter: &Chapter, ledger: &Ledger) -> anyhow::Result<()> {
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
    fs::write(&path, updated).with_context(|| format!("could not write {shown}"))?;
    println!("Updated the ledger table in {shown}.");
    Ok(())
}
