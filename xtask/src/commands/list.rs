//! `cargo xtask list`: what the textbook holds.

use std::process::ExitCode;

use anyhow::Context;

use crate::ledger::{Ledger, Verdict};
use crate::term::{paint, paragraph, width};
use crate::workspace::Workspace;

pub fn run(ws: &Workspace) -> anyhow::Result<ExitCode> {
    let width = width();
    for chapter in ws.chapters().context("could not list the chapters")? {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        let count = |v: Verdict| ledger.claims.iter().filter(|c| c.verdict == v).count();
        let title = format!(
            "{:>2}  {}  {}",
            chapter.number,
            chapter.package,
            ws.relative(&chapter.dir)
        );
        println!("{}", paint(&paragraph("", "    ", &title, width), "1"));
        let summary = format!(
            "{}: {} hold, {} refined, {} errata",
            plural(ledger.claims.len(), "claim"),
            count(Verdict::Holds),
            count(Verdict::Refined),
            count(Verdict::Erratum),
        );
        println!("{}", paragraph("    ", "    ", &summary, width));
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
                plural(claims, "claim")
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

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
