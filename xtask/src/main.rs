//! `cargo xtask`: the one tool of the living textbook. Thin on purpose: the work is in the
//! library (`xtask::commands`), shared with the workspace's tests.

use std::process::ExitCode;

use clap::Parser;
use xtask::commands::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(commands::exit_code(&error))
        }
    }
}
