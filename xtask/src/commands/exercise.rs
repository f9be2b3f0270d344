//! `cargo xtask exercise` (being written).

use std::process::ExitCode;

use crate::workspace::Workspace;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Chapter: 1, 01, ch01 or chapter-01.
    chapter: String,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapter = ws.chapter(&args.chapter)?;
    anyhow::bail!("`cargo xtask exercise` is not built yet (asked for {chapter})")
}
