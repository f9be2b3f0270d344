//! The xtask's commands, one module each.

mod bench;
mod book;
mod claims;
mod exercise;
mod list;
mod new_chapter;
mod run;
mod sync;
mod test;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::workspace::{Workspace, WorkspaceError};

const ABOUT: &str = "The living textbook's tool: run each demo on both sides, prove every claim.";
const LONG_ABOUT: &str = "\
The living textbook's tool: run each demo on both sides, prove every claim.

Start here:
  cargo xtask run 1        chapter 1's demos, Rust then Python, with verdicts
  cargo xtask exercise 1   its exercises: your progress, the next one, hints
  cargo xtask test         every claim of every chapter, proven (what CI runs)

`cargo xtask <command> --help` says what a command does, with examples.

Chapters can be named 1, 01, ch01 or chapter-01. Python tools run from a
virtual environment under target/textbook/venv, made from
python_equivalents/requirements.txt on first need; PYTHON=/path/to/python3
chooses the interpreter.";

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", about = ABOUT, long_about = LONG_ABOUT, version)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The chapters, their demos (and whether each has its Python twin), their claims.
    List,
    /// Runs a chapter's demos, Rust then Python, and sets their results side by side.
    Run(run::Args),
    /// The ledger: every claim of the lecture, its verdict and its proof.
    Claims(claims::Args),
    /// Proves every claim: cargo test (Rust, trybuild, and the Python side through the
    /// workspace checks: pytest, mypy cases, ruff, demo parity), then the ledger's summary.
    Test(test::Args),
    /// Measures every performance claim of a chapter on both sides (release builds), and writes
    /// a report with a chart under target/textbook/<chapter>/.
    Bench(bench::Args),
    /// The chapter's exercises: progress, the next one with the compiler's message, hints.
    Exercise(exercise::Args),
    /// Builds the rendered book into target/textbook/book/: each chapter's prose, every claim
    /// with its verdict and proof, each demo's two sides, the Errata and the Ledger.
    Book(book::Args),
    /// Writes a new chapter's two folders (crate, ledger, README, a demo and its twin, a ui
    /// test, an exercise and its solution) that `cargo xtask test <number>` proves at once.
    NewChapter(new_chapter::Args),
    /// Rewrites what is generated from a chapter's files: the README's ledger table and
    /// tests/solutions.rs.
    Sync(sync::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let ws = Workspace::find()?;
    match cli.command {
        Command::List => list::run(&ws),
        Command::Run(args) => run::run(&ws, args),
        Command::Claims(args) => claims::run(&ws, args),
        Command::Test(args) => test::run(&ws, args),
        Command::Bench(args) => bench::run(&ws, args),
        Command::Exercise(args) => exercise::run(&ws, args),
        Command::Book(args) => book::run(&ws, args),
        Command::NewChapter(args) => new_chapter::run(&ws, args),
        Command::Sync(args) => sync::run(&ws, args),
    }
}

/// 2 for a name the user got wrong (as for a bad flag), 1 for everything else.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    let usage = error.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<WorkspaceError>(),
            Some(WorkspaceError::UnknownChapter { .. } | WorkspaceError::UnknownDemo { .. })
        ) || cause.is::<claims::UnknownClaim>()
            || matches!(
                cause.downcast_ref::<crate::exercise::ExerciseError>(),
                Some(crate::exercise::ExerciseError::Unknown { .. })
            )
            || matches!(
                cause.downcast_ref::<crate::bench::BenchError>(),
                Some(crate::bench::BenchError::Unknown { .. })
            )
    });
    if usage { 2 } else { 1 }
}

pub use book::INSTALL_CHROMIUM;
