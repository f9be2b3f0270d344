//! `cargo xtask book [--open] [--no-demos]`: builds the rendered book into
//! `target/textbook/book/` from the tree as it is. The book is its own package (`book/`,
//! `textbook-book`) because mdBook's library is heavy: the xtask and a chapter's tests never
//! compile it; this command builds and runs it (a debug build, the one `cargo test` of the
//! browser check also uses, so it is compiled once).

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Duration;

use anyhow::Context;

use crate::process::Job;
use crate::process::cargo;
use crate::workspace::Workspace;

/// The package that builds the book.
pub const BOOK_PACKAGE: &str = "textbook-book";
/// The one command that installs the browser the book's check drives (Debian, Ubuntu); the
/// check itself (book/tests/browser.rs) says the same when it skips.
pub const INSTALL_CHROMIUM: &str = "sudo apt-get install -y chromium chromium-driver";
/// A cold build of mdBook's library takes minutes on two cores; a warm one, seconds.
const BOOK_TIMEOUT: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The first build compiles mdBook's library (minutes on two cores; it lives in
its own package, book/, so that no other command compiles it); after that a
build takes seconds, plus the demos' runs. A chapter's figures are its
committed reference bench run, or a local `cargo xtask bench` run when there
is one (the page says which).

Examples:
  cargo xtask book --open             build target/textbook/book/ and open it
  cargo xtask book --no-demos         faster: without the demos' output")]
pub struct Args {
    /// Open the book in the system's browser once it is built.
    #[arg(long)]
    open: bool,
    /// Leave out the demos' output (they are run on both sides otherwise, which needs the
    /// chapters built and the Python environment).
    #[arg(long)]
    no_demos: bool,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let mut command = Command::new(cargo());
    command
        .args(["run", "--package", BOOK_PACKAGE, "--"])
        .current_dir(&ws.root);
    if args.no_demos {
        command.arg("--no-demos");
    }
    let done = Job::new(
        format!("`cargo run --package {BOOK_PACKAGE}`"),
        command,
        BOOK_TIMEOUT,
    )
    .echo(true)
    .run()
    .context("could not build the book")?;
    if !done.success() {
        anyhow::bail!("the book was not built; see the errors above");
    }
    let index = ws.scratch_dir().join("book").join("index.html");
    println!("open {}", index.display());
    if args.open {
        open(&index)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Hands the page to the desktop's browser (`xdg-open`, or `open` on macOS).
fn open(page: &Path) -> anyhow::Result<()> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let status = Command::new(opener)
        .arg(page)
        .status()
        .with_context(|| format!("could not run `{opener}`; open {} yourself", page.display()))?;
    anyhow::ensure!(
        status.success(),
        "`{opener}` failed; open {} yourself",
        page.display()
    );
    Ok(())
}
