//! `cargo xtask claims [chapter]`: the ledger as a table, as JSON, or as the README's Markdown.

use std::process::ExitCode;

use crate::ledger::{Claim, Ledger, claim_details, compact_table, markdown_table};
use crate::term;
use crate::workspace::{Chapter, Workspace};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  cargo xtask claims 1              one line per claim: id, verdict, text
  cargo xtask claims 1 philosophy/  that topic's claims in full, with proofs
  cargo xtask claims --json         every chapter's claims, for scripts")]
pub struct Args {
    /// Chapter (1, 01, ch01, chapter-01); all chapters when omitted.
    chapter: Option<String>,
    /// One claim in full (its id, or part of it: `philosophy/` shows that topic's claims).
    #[arg(requires = "chapter")]
    id: Option<String>,
    /// Every claim in full: what it says, what is true, its proofs (the default is one line each).
    #[arg(long, short)]
    verbose: bool,
    /// One JSON array of every claim, for scripts.
    #[arg(long, conflicts_with_all = ["markdown", "write_readme"])]
    json: bool,
    /// The Markdown table that the chapter README embeds.
    #[arg(long)]
    markdown: bool,
    /// Rewrite the ledger table in the chapter's README.md (between its ledger markers), as
    /// `cargo xtask sync` does along with tests/solutions.rs.
    #[arg(long)]
    write_readme: bool,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapters = match &args.chapter {
        Some(query) => vec![ws.chapter(query)?],
        None => ws.chapters()?,
    };
    let width = term::width();
    let mut all = Vec::new();
    for chapter in &chapters {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        if args.write_readme {
            super::sync::write_readme_table(ws, chapter, &ledger)?;
        } else if args.markdown {
            print!("{}", markdown_table(&ledger));
        } else if let Some(query) = &args.id {
            let found = matching(&ledger, query);
            if found.is_empty() {
                return Err(UnknownClaim {
                    query: query.clone(),
                    chapter: chapter.package.clone(),
                    number: chapter.number,
                }
                .into());
            }
            for claim in found {
                println!("{}", claim_details(claim, width));
            }
        } else if !args.json {
            show_chapter(ws, chapter, &ledger, args.verbose, width);
        }
        all.extend(ledger.claims);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&all)?);
    }
    Ok(ExitCode::SUCCESS)
}

/// A claim id the chapter's ledger does not have (a usage error: exit 2).
#[derive(Debug, thiserror::Error)]
#[error(
    "{chapter} has no claim `{query}` (nor one whose id contains it); \
     `cargo xtask claims {number}` lists them"
)]
pub(crate) struct UnknownClaim {
    query: String,
    chapter: String,
    number: u32,
}

/// The claim with this id; else every claim whose id contains it.
fn matching<'a>(ledger: &'a Ledger, query: &str) -> Vec<&'a Claim> {
    if let Some(claim) = ledger.claim(query) {
        return vec![claim];
    }
    ledger
        .claims
        .iter()
        .filter(|c| c.id.contains(query))
        .collect()
}

fn show_chapter(ws: &Workspace, chapter: &Chapter, ledger: &Ledger, verbose: bool, width: usize) {
    let title = format!(
        "{} — {}",
        chapter.package,
        ws.relative(&chapter.ledger_path())
    );
    println!(
        "{}",
        term::paint(&term::paragraph("", "  ", &title, width), "1")
    );
    let claims: Vec<&Claim> = ledger.claims.iter().collect();
    if verbose {
        for claim in &claims {
            println!("\n{}", claim_details(claim, width).trim_end());
        }
    } else {
        print!("{}", compact_table(&claims, width));
    }
    let summary = format!(
        "{}.{}",
        crate::standing::verdicts(ledger),
        if verbose {
            String::new()
        } else {
            format!(
                " One in full: cargo xtask claims {} <id>; all in full: --verbose",
                chapter.number
            )
        }
    );
    println!("{}\n", term::paragraph("", "", &summary, width));
}
