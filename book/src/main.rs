//! `textbook-book [--out DIR] [--no-demos]`: builds the book (`cargo xtask book` runs this).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use xtask::workspace::Workspace;

fn main() -> ExitCode {
    // Ctrl-C ends the demos this build runs, as it does the xtask's.
    xtask::interrupt::watch();
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let ws = Workspace::find()?;
    let mut options = textbook_book::Options::for_workspace(&ws);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-demos" => options.demos = false,
            "--out" => {
                options.out = PathBuf::from(args.next().context("--out needs a directory")?);
            }
            other => anyhow::bail!(
                "unknown argument `{other}` (usage: textbook-book [--out DIR] [--no-demos])"
            ),
        }
    }
    let built = textbook_book::build(&options)?;
    println!(
        "book: {} chapters built into {} in {:.1} s",
        built.chapters.len(),
        built.out.display(),
        built.seconds
    );
    Ok(())
}
