//! `cargo xtask new-chapter <number> <slug> "<title>"`: a chapter's two folders, ready to prove.

use std::process::{Command, ExitCode};
use std::time::Duration;

use anyhow::Context;

use crate::ledger::Ledger;
use crate::process::{Job, cargo};
use crate::scaffold::{self, NewChapter};
use crate::workspace::Workspace;

const BLESS_TIMEOUT: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Example:
  cargo xtask new-chapter 17 capstone \"Capstone project\"

writes chapters/ch17-capstone/ (package chapter-17) and
python_equivalents/ch17_capstone/ with one claim of each common kind, a demo
and its twin, a ui test and an exercise, records rustc's real output for the
ui test and the exercise, and fills the README's ledger table. `cargo xtask
test 17` then passes; replace the example with the lecture's claims.")]
pub struct Args {
    /// The chapter's number in the course (1 to 99).
    number: u32,
    /// Its folder name after `chNN-`: lower-case words joined by `-`.
    slug: String,
    /// Its title, as the lecture has it.
    title: String,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let new = NewChapter::new(args.number, &args.slug, &args.title)?;
    let written = scaffold::write(ws, &new)?;
    println!(
        "Wrote {} files under {} and {}.",
        written.len(),
        ws.relative(&new.chapter_dir(ws)),
        ws.relative(&new.python_dir(ws))
    );
    let chapter = ws.chapter(&new.number.to_string())?;
    let ledger = Ledger::load(&chapter.ledger_path())?;
    super::sync::write_readme_table(ws, &chapter, &ledger)?;

    // The snapshots are rustc's words, so rustc writes them.
    println!("Recording rustc's output for the ui test and the exercise (trybuild)…");
    let mut bless = Command::new(cargo());
    bless
        .args(["test", "--package", &chapter.package])
        .args(["--test", "ui", "--test", "exercises"])
        .env("TRYBUILD", "overwrite")
        .current_dir(&ws.root);
    let done = Job::new(
        format!(
            "`TRYBUILD=overwrite cargo test --package {}`",
            chapter.package
        ),
        bless,
        BLESS_TIMEOUT,
    )
    .echo(true)
    .run()
    .context("could not record the snapshots")?;
    anyhow::ensure!(
        done.success(),
        "recording the snapshots failed; see the output above"
    );
    println!(
        "\nChapter {n} is ready: `cargo xtask test {n}` proves it, `cargo run -p {p}` tours it.\n\
         Next: replace the example claims in {ledger} with the lecture's, one entry per \
         checkable sentence.",
        n = new.number,
        p = chapter.package,
        ledger = ws.relative(&chapter.ledger_path()),
    );
    Ok(ExitCode::SUCCESS)
}
