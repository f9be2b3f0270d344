//! What `cargo xtask exercise` prints: the progress list and one exercise with its TODO, the
//! compiler's (or the tests') message and the hint. Apart from the commands because `--watch`
//! shows the same on every save. Built into one `String` and printed at once by `emit`, so that a
//! reader that went away (`| head`) ends the output quietly instead of a panic mid-list.

use std::fs;

use super::emit;
use crate::exercise::check::{Checker, Status};
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

/// The compiler's or the tests' output is cut after this many lines (the rest is a re-run away).
const MAX_LINES: usize = 60;

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
pub(super) fn show(
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
