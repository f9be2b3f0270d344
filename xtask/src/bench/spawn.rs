//! `[bench.spawn]`: whole processes timed from outside, spawn to exit, over many spawns. Each
//! row's command runs once through the ordinary machinery first (it must succeed before it is
//! worth timing); then each spawn is timed by [`Job::time`], which waits without polling and
//! kills the process group at the deadline. `{python}` is the venv's interpreter, which resolves
//! to the real binary (never a pyenv shim, which would add its own start-up: refused by
//! [`super::machine::real_interpreter`]); `{tour}` is the chapter's own binary.

use std::process::Command;
use std::time::Duration;

use super::assemble::{Measure, Measured, name_row};
use super::spec::{BenchSpec, SpawnSpec};
use super::stats::{Stats, Unit};
use super::{BenchError, Ctx, failed};
use crate::process::{Job, describe};

const TIMEOUT: Duration = Duration::from_secs(60);
/// Spawns per row under --quick: enough for a median, min and max.
const QUICK_SPAWNS: usize = 2;

pub(crate) fn measure(
    ctx: &mut Ctx<'_>,
    spec: &BenchSpec,
    spawn: &SpawnSpec,
) -> Result<Measured, BenchError> {
    let name = spec.name.as_str();
    let warm_up = if ctx.quick { 0 } else { spawn.warm_up };
    let mut measured = Measured {
        unit: Some(Unit::Seconds),
        ..Measured::default()
    };
    measured.numbers.insert("warm_up".into(), warm_up as f64);
    for row in &spec.rows {
        let (make, program) = command_of(ctx, name, &row.command)?;
        if row.command.first().map(String::as_str) == Some("{python}") {
            measured.texts.insert("python".into(), program.clone());
        }
        let shown = describe(&make());
        let done = Job::new(format!("`{shown}`"), make(), TIMEOUT).run()?;
        if !done.success() {
            return Err(failed(
                name,
                format!(
                    "`{shown}` failed, so it cannot be timed:\n{}",
                    done.combined()
                ),
            ));
        }
        let spawns = if ctx.quick {
            QUICK_SPAWNS
        } else {
            row.spawns.unwrap_or(QUICK_SPAWNS).max(1)
        };
        ctx.say(&format!("{name}: {spawns} × `{shown}`…"));
        let mut samples = Vec::with_capacity(spawns);
        for i in 0..warm_up + spawns {
            let (status, took) = Job::new(format!("`{shown}`"), make(), TIMEOUT).time()?;
            if !status.success() {
                return Err(failed(name, format!("`{shown}` exited with {status}")));
            }
            if i >= warm_up {
                samples.push(took.as_secs_f64());
            }
        }
        let stats = Stats::of(&samples).ok_or_else(|| failed(name, "no spawns were timed"))?;
        let series = row.series.clone().unwrap_or_default();
        let mut m = Measure::new(
            row.case.clone(),
            series,
            stats,
            format!("exit 0 × {spawns}"),
        );
        m.label = Some(row.case.clone());
        m.detail = row.detail.clone();
        m.locals.insert("spawns".into(), spawns as f64);
        m.local_texts.insert("program".into(), program);
        if let Some(id) = &row.id {
            name_row(&mut measured.numbers, id, &m);
        }
        measured.rows.push(m);
    }
    Ok(measured)
}

type MakeCommand = Box<dyn Fn() -> Command>;

/// A maker of the row's command (each spawn needs a fresh one), and the program in words: the
/// real interpreter behind `{python}`, the path of `{tour}`, else the program as written.
fn command_of(
    ctx: &Ctx<'_>,
    bench: &str,
    argv: &[String],
) -> Result<(MakeCommand, String), BenchError> {
    let (program, args) = argv
        .split_first()
        .ok_or_else(|| failed(bench, "a spawn row has an empty `command`"))?;
    let args = args.to_vec();
    let root = ctx.ws.root.clone();
    match program.as_str() {
        "{python}" => {
            let real = super::machine::real_interpreter(&ctx.env.python)?;
            let env = ctx.env.clone();
            Ok((Box::new(move || env.command(&args)), real))
        }
        "{tour}" => {
            let profile = if ctx.release() { "release" } else { "debug" };
            let binary = ctx.ws.target_dir().join(profile).join(&ctx.chapter.package);
            if !binary.is_file() {
                return Err(failed(
                    bench,
                    format!("the chapter's binary {} was not built", binary.display()),
                ));
            }
            let shown = ctx.ws.relative(&binary);
            Ok((
                Box::new(move || {
                    let mut command = Command::new(&binary);
                    command.args(&args).current_dir(&root);
                    command
                }),
                shown,
            ))
        }
        other => {
            let program = other.to_string();
            Ok((
                Box::new(move || {
                    let mut command = Command::new(&program);
                    command.args(&args).current_dir(&root);
                    command
                }),
                other.to_string(),
            ))
        }
    }
}
