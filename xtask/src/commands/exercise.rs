//! `cargo xtask exercise <chapter>`: the student's runner. Progress, the next unsolved exercise
//! with its TODO and the compiler's message, `--hint`, `--watch`, `reset <name>` (never loses
//! work) and `solution <name>` (only once the exercise passes). The machinery is in
//! `crate::exercise`.

mod show;
mod watch;

use std::fs;
use std::process::ExitCode;
use std::time::SystemTime;

use crate::exercise::Exercises;
use crate::exercise::check::Checker;
use crate::exercise::pristine::{self, Reset};
use crate::term::paint;
use crate::workspace::Workspace;
use show::show;
use watch::watch;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  cargo xtask exercise 1                     progress, and the next exercise
  cargo xtask exercise 1 borrow_then_push    progress, and that one checked
  cargo xtask exercise 1 --watch             re-check on every save
  cargo xtask exercise 1 --hint              the same, with its hint
  cargo xtask exercise 1 reset moved_vec     start over (--force if edited)
  cargo xtask exercise 1 solution moved_vec  ours, once yours passes

Exit status: 0 when every exercise is done (or the one named is), 1 otherwise.")]
pub struct Args {
    /// Chapter: 1, 01, ch01 or chapter-01.
    chapter: String,
    /// One exercise to check and show (`moved_vec`, `moved-vec`); the next unsolved one when
    /// omitted.
    name: Option<String>,
    /// Also print the hint of the exercise shown.
    #[arg(long)]
    hint: bool,
    /// Re-check whenever an exercise file is saved, showing the one saved (looks every 500 ms);
    /// Ctrl-C stops.
    #[arg(long)]
    watch: bool,
    #[command(subcommand)]
    action: Option<Action>,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Restores an exercise's template. Refuses when the file has your changes, unless --force,
    /// which first saves your version beside it (`<name>.rs.<time>.bak`).
    Reset {
        /// The exercise: `moved_vec`, `moved-vec` or its path.
        name: String,
        /// Overwrite your changes (after saving them to a backup beside the file).
        #[arg(long)]
        force: bool,
    },
    /// Shows our solution of an exercise, once your version of it passes.
    Solution {
        /// The exercise: `moved_vec`, `moved-vec` or its path.
        name: String,
    },
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapter = ws.chapter(&args.chapter)?;
    let exercises = Exercises::load(&chapter)?;
    let checker = Checker::new(ws, crate::term::colour_wanted());
    let focus = match &args.name {
        Some(name) => Some(exercises.find(name)?.name.clone()),
        None => None,
    };
    match args.action {
        Some(Action::Reset { name, force }) => reset(ws, &exercises, &name, force),
        Some(Action::Solution { name }) => solution(ws, &checker, &exercises, &name),
        None if args.watch => watch(ws, &checker, &exercises, args.hint, focus),
        None => {
            let done = show(ws, &checker, &exercises, args.hint, focus.as_deref())?;
            Ok(if done {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn reset(
    ws: &Workspace,
    exercises: &Exercises,
    name: &str,
    force: bool,
) -> anyhow::Result<ExitCode> {
    let exercise = exercises.find(name)?;
    let rel = ws.relative(&exercise.template(&exercises.chapter));
    let now = SystemTime::now();
    match pristine::reset(&ws.root, &rel, &exercise.pristine, force, now)? {
        Reset::AlreadyPristine => println!("{rel} is already the template: nothing to reset."),
        Reset::Restored { backup: None } => println!("Restored {rel} (there was no file)."),
        Reset::Restored {
            backup: Some(backup),
        } => {
            println!("Your version is saved in {}", ws.relative(&backup));
            println!("Restored {rel} to the template.");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn solution(
    ws: &Workspace,
    checker: &Checker,
    exercises: &Exercises,
    name: &str,
) -> anyhow::Result<ExitCode> {
    let chapter = &exercises.chapter;
    let exercise = exercises.find(name)?;
    let mut progress = |line: &str| eprintln!("{}", paint(line, "2"));
    let status = checker.check(chapter, exercise, &mut progress)?;
    if !status.is_done() {
        anyhow::bail!(
            "{} does not pass yet: the solution is shown once it does. \
             `cargo xtask exercise {} --hint` may help.",
            ws.relative(&exercise.template(chapter)),
            chapter.number
        );
    }
    let path = exercise.solution(chapter);
    let text = fs::read_to_string(&path)
        .map_err(|e| anyhow::anyhow!("could not read {}: {e}", ws.relative(&path)))?;
    let title = paint(&format!("── {} ──", ws.relative(&path)), "1");
    emit(&format!("{title}\n\n{}\n", text.trim_end()));
    Ok(ExitCode::SUCCESS)
}

/// Prints `text` at once. A reader that went away (`| head`) ends the output quietly, where
/// `println!` would panic.
fn emit(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}
