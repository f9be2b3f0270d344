//! `cargo xtask`: the one tool of the living textbook. Thin on purpose: the work is in the
//! library (`xtask::commands`), shared with the workspace's tests.

use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use xtask::commands::{self, Cli};
use xtask::interrupt;

/// A shell's status for a program ended by SIGPIPE (128 + 13).
const BROKEN_PIPE_STATUS: i32 = 141;

fn main() -> ExitCode {
    interrupt::watch();
    quiet_on_closed_pipe();
    let cli = match Cli::command().try_get_matches() {
        Ok(matches) => Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit()),
        // The help (asked for, or shown for a missing command), wrapped to the width every
        // other output fits: the terminal's, else 80.
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            let text = e.render().to_string();
            if e.use_stderr() {
                let width = xtask::term::stderr_width();
                eprintln!("{}", xtask::term::help(&text, width));
            } else {
                println!("{}", xtask::term::help(&text, xtask::term::width()));
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => e.exit(),
    };
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            let text = format!("{error:#}");
            eprintln!(
                "{}",
                xtask::term::block("error: ", &text, xtask::term::stderr_width())
            );
            ExitCode::from(commands::exit_code(&error))
        }
    }
}

/// `cargo xtask claims 1 | head`: once the reader has gone, `println!` panics with "failed
/// printing to stdout: Broken pipe". Every Unix tool ends quietly there instead, as SIGPIPE
/// would end it (Rust ignores SIGPIPE, and restoring it would take `unsafe`); so does this one,
/// after ending its children.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload_as_str().unwrap_or_default();
        if message.starts_with("failed printing to std") && message.contains("Broken pipe") {
            interrupt::end_children_and_exit(BROKEN_PIPE_STATUS);
        }
        default(info);
    }));
}
