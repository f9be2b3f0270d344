//! `cargo xtask exercise <chapter>`: the student's runner. Progress, the next unsolved exercise
//! with its TODO and the compiler's message, `--hint`, `--watch`, `reset <name>` (never loses
//! work) and `solution <name>` (only once the exercise passes). The machinery is in
//! `crate::exercise`.

use std::collections::BTreeMap;
use std::fs;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, SystemTime};

use crate::exercise::check::{Checker, Status};
use crate::exercise::pristine::{self, Reset};
use crate::exercise::{self, Exercise, Exercises};
use crate::term::{paint, paragraph};
use crate::workspace::Workspace;

/// One line of output into a `String` (printed at once by `emit`).
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// How often `--watch` looks at the files' modification times.
const POLL: Duration = Duration::from_millis(500);
/// The compiler's or the tests' output is cut after this many lines (the rest is a re-run away).
const MAX_LINES: usize = 60;

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

fn statuses(checker: &Checker, exercises: &Exercises) -> anyhow::Result<Vec<(Exercise, Status)>> {
    let mut progress = |line: &str| eprintln!("{}", paint(line, "2"));
    exercises
        .list
        .iter()
        .map(|e| {
            Ok((
                e.clone(),
                checker.check(&exercises.chapter, e, &mut progress)?,
            ))
        })
        .collect()
}

/// Progress, then one exercise: `focus` if named, else the next unsolved one. Returns whether
/// the named exercise is done, or, with none named, whether all are.
fn show(
    ws: &Workspace,
    checker: &Checker,
    exercises: &Exercises,
    hint: bool,
    focus: Option<&str>,
) -> anyhow::Result<bool> {
    let chapter = &exercises.chapter;
    let all = statuses(checker, exercises)?;
    let mut out = String::new();
    let done = all.iter().filter(|(_, s)| s.is_done()).count();
    let next = all.iter().position(|(_, s)| !s.is_done());
    let shown = match focus {
        Some(name) => all.iter().position(|(e, _)| e.name == name),
        None => next,
    };
    say!(
        out,
        "{}",
        paint(
            &format!("{} exercises: {done}/{} done", chapter.package, all.len()),
            "1"
        )
    );
    let width = all.iter().map(|(e, _)| e.name.len()).max().unwrap_or(0);
    let columns = crate::term::width();
    for (i, (exercise, status)) in all.iter().enumerate() {
        let mark = match status {
            Status::Done { .. } => paint("✓", "32"),
            _ => paint("✗", "31"),
        };
        let arrow = match (Some(i) == shown, focus.is_some()) {
            (true, true) => "  ← this one",
            (true, false) => "  ← next",
            _ => "",
        };
        let line = format!("{:width$}  {}{arrow}", exercise.name, exercise.title);
        let rest = " ".repeat(width + 6);
        say!(
            out,
            "{}",
            paragraph(&format!("  {mark} "), &rest, &line, columns)
        );
    }
    let number = chapter.number;
    let Some(shown) = shown else {
        say!(
            out,
            "\nAll done. Compare yours with ours: cargo xtask exercise {number} solution <name>"
        );
        emit(&out);
        return Ok(true);
    };
    let (exercise, status) = &all[shown];
    let heading = if status.is_done() { "Done:" } else { "Next:" };
    let file = exercise.template(chapter);
    let path = paragraph("", "  ", &ws.relative(&file), columns.saturating_sub(6));
    say!(out, "\n{} {}", paint(heading, "1"), paint(&path, "1;36"));
    let todo = fs::read_to_string(&file)
        .ok()
        .and_then(|source| exercise::todo(&source));
    if let Some(todo) = todo {
        say!(
            out,
            "{}",
            paragraph("", "  ", &format!("TODO: {todo}"), columns.min(100))
        );
    }
    match status {
        Status::DoesNotCompile { output } => {
            say!(out, "\nIt does not compile yet. The compiler says:\n");
            say!(out, "{}", cut(output));
        }
        Status::TestsFail { output } => {
            say!(out, "\nIt compiles, but its tests do not pass yet:\n");
            say!(out, "{}", cut(output));
        }
        Status::Missing => say!(
            out,
            "\nThe file is missing: `cargo xtask exercise {number} reset {}` brings it back.",
            exercise.name
        ),
        Status::Done { .. } => {
            say!(
                out,
                "\nIt passes. Compare yours with ours: cargo xtask exercise {number} solution {}",
                exercise.name
            );
            emit(&out);
            return Ok(true);
        }
    }
    if hint {
        say!(
            out,
            "\n{}\n{}",
            paint("Hint:", "1;33"),
            exercise
                .hint
                .trim()
                .split("\n\n")
                .map(|p| paragraph("", "", p, columns))
                .collect::<Vec<_>>()
                .join("\n\n")
        );
    } else {
        let named = focus.map(|n| format!(" {n}")).unwrap_or_default();
        say!(out, "\nStuck? cargo xtask exercise {number}{named} --hint");
    }
    emit(&out);
    Ok(false)
}

fn watch(
    ws: &Workspace,
    checker: &Checker,
    exercises: &Exercises,
    hint: bool,
    mut focus: Option<String>,
) -> anyhow::Result<ExitCode> {
    let dir = exercise::exercises_dir(&exercises.chapter);
    let files: Vec<(PathBuf, String)> = exercises
        .list
        .iter()
        .map(|e| (e.template(&exercises.chapter), e.name.clone()))
        .collect();
    let terminal = std::io::stdout().is_terminal();
    loop {
        // Seen before the check, so that a file saved while it runs is checked next, not missed.
        let before = look(&files);
        if terminal {
            print!("\u{1b}[2J\u{1b}[H"); // A fresh screen for each check, as rustlings does.
        }
        show(ws, checker, exercises, hint, focus.as_deref())?;
        println!(
            "\n{}",
            paint(
                &format!(
                    "Watching {} for changes (Ctrl-C to stop)…",
                    ws.relative(&dir)
                ),
                "2"
            )
        );
        // The exercise being saved is the one the student works on: show it next.
        if let Some(saved) = wait_for_change(&files, &before) {
            focus = Some(saved);
        }
    }
}

/// Each exercise file's modification time and size (`None` when it is missing).
type Seen = BTreeMap<PathBuf, Option<(SystemTime, u64)>>;

fn look(files: &[(PathBuf, String)]) -> Seen {
    let seen = |m: fs::Metadata| Some((m.modified().ok()?, m.len()));
    files
        .iter()
        .map(|(f, _)| (f.clone(), fs::metadata(f).ok().and_then(seen)))
        .collect()
}

/// Returns once a file differs from what `before` saw (its modification time or size changed,
/// or it appeared or disappeared), with the name of the exercise whose file it is.
fn wait_for_change(files: &[(PathBuf, String)], before: &Seen) -> Option<String> {
    let mut now = look(files);
    while now == *before {
        thread::sleep(POLL);
        now = look(files);
    }
    // Editors save in steps (truncate, write): let the last step land before compiling.
    thread::sleep(Duration::from_millis(100));
    changed(before, &now, files)
}

fn changed<T: PartialEq>(
    before: &BTreeMap<PathBuf, T>,
    now: &BTreeMap<PathBuf, T>,
    files: &[(PathBuf, String)],
) -> Option<String> {
    files
        .iter()
        .find(|(f, _)| before.get(f) != now.get(f))
        .map(|(_, name)| name.clone())
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

fn cut(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= MAX_LINES {
        return text.to_string();
    }
    format!(
        "{}\n… ({} more lines)",
        lines[..MAX_LINES].join("\n"),
        lines.len() - MAX_LINES
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exercise_saved_is_the_one_followed() {
        let files = vec![
            (PathBuf::from("a.rs"), "a".to_string()),
            (PathBuf::from("b.rs"), "b".to_string()),
        ];
        let before = BTreeMap::from([(PathBuf::from("a.rs"), 1), (PathBuf::from("b.rs"), 1)]);
        let mut now = before.clone();
        now.insert(PathBuf::from("b.rs"), 2);
        assert_eq!(changed(&before, &now, &files).as_deref(), Some("b"));
        assert_eq!(changed(&before, &before, &files), None);
    }

    #[test]
    fn long_output_is_cut_and_says_how_much() {
        let text = (0..70)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        let shown = cut(&text);
        assert_eq!(shown.lines().count(), MAX_LINES + 1);
        assert!(shown.ends_with("… (10 more lines)"), "{shown}");
    }
}
