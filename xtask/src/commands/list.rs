//! `cargo xtask list`: what the textbook holds.

use std::process::ExitCode;

use anyhow::Context;

use crate::ledger::Ledger;
use crate::standing::{self, count};
use crate::term::{paint, paragraph, width};
use crate::workspace::Workspace;

pub fn run(ws: &Workspace) -> anyhow::Result<ExitCode> {
    let width = width();
    for chapter in ws.chapters().context("could not list the chapters")? {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        let title = format!(
            "{:>2}  {}  {}",
            chapter.number,
            chapter.package,
            ws.relative(&chapter.dir)
        );
        println!("{}", paint(&paragraph("", "    ", &title, width), "1"));
        // The one vocabulary and count `claims` and `test` use.
        println!(
            "{}",
            paragraph("    ", "    ", &standing::verdicts(&ledger), width)
        );
        let mut demos = chapter.demos()?;
        ledger.sort_demos(&mut demos);
        if demos.is_empty() {
            continue;
        }
        let twins = format!("demos (twins in {}/):", ws.relative(&chapter.python_dir));
        println!("{}", paragraph("    ", "    ", &twins, width));
        let name_width = demos.iter().map(|d| d.name.len()).max().unwrap_or(0);
        for demo in demos {
            let twin = match &demo.python {
                Some(path) => path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                None => paint("no Python twin yet", "31"),
            };
            let claims = ledger
                .claims
                .iter()
                .filter(|c| c.demo.as_deref() == Some(demo.name.as_str()))
                .count();
            let line = format!(
                "{:name_width$}  {:<9}  ⇄ {twin}",
                demo.name,
                count(claims, "claim", "claims")
            );
            println!("{}", paragraph("      ", "        ", &line, width));
        }
        // So that the demos' counts add up to the chapter's.
        let alone = ledger.claims.iter().filter(|c| c.demo.is_none()).count();
        if alone > 0 {
            let line = format!(
                "and {} no demo shows (proven by tests, compile-fail and mypy cases, or cited)",
                count(alone, "claim", "claims")
            );
            println!("{}", paragraph("      ", "        ", &line, width));
        }
    }
    println!(
        "\n{}",
        paragraph(
            "",
            "",
            "Run one: cargo xtask run <chapter> [demo]    Prove all: cargo xtask test",
            width
        )
    );
    Ok(ExitCode::SUCCESS)
}
