//! `cargo xtask list`: what the textbook holds.

use std::process::ExitCode;

use anyhow::Context;

use crate::ledger::{Ledger, Verdict};
use crate::workspace::Workspace;

pub fn run(ws: &Workspace) -> anyhow::Result<ExitCode> {
    for chapter in ws.chapters().context("could not list the chapters")? {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        let count = |v: Verdict| ledger.claims.iter().filter(|c| c.verdict == v).count();
        println!(
            "{:>2}  {}  ({})  {} claims: {} hold, {} refined, {} errata",
            chapter.number,
            super::paint(&chapter.package, "1"),
            ws.relative(&chapter.dir),
            ledger.claims.len(),
            count(Verdict::Holds),
            count(Verdict::Refined),
            count(Verdict::Erratum),
        );
        let mut demos = chapter.demos()?;
        ledger.sort_demos(&mut demos);
        for demo in demos {
            let twin = match &demo.python {
                Some(path) => ws.relative(path),
                None => super::paint("no Python twin yet", "31"),
            };
            let claims = ledger
                .claims
                .iter()
                .filter(|c| c.demo.as_deref() == Some(demo.name.as_str()))
                .count();
            println!("      {:<18} {claims:>2} claims   ⇄ {twin}", demo.name);
        }
    }
    println!("\nRun one: cargo xtask run <chapter> [demo]    Prove all: cargo xtask test");
    Ok(ExitCode::SUCCESS)
}
