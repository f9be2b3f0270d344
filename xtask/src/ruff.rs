//! ruff keeps the Python twins idiomatic: `ruff check` (lint) and `ruff format --check`.

use std::time::Duration;

use crate::process::{Job, ProcessError};
use crate::python::PythonEnv;

#[derive(Debug, thiserror::Error)]
pub enum RuffError {
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error("ruff did not run (no module named {module}):\n{output}")]
    NotRun { module: String, output: String },
    #[error(
        "`ruff {args}` found problems in python_equivalents/ (fix them, or run `ruff {fix}`):\n{output}"
    )]
    Findings {
        args: String,
        fix: String,
        output: String,
    },
}

#[derive(Debug, Clone)]
pub struct RuffCheck {
    pub name: &'static str,
    args: &'static [&'static str],
    fix: &'static str,
}

pub fn checks() -> Vec<RuffCheck> {
    vec![
        RuffCheck {
            name: "lint",
            args: &["check", "--no-cache"],
            fix: "check --fix .",
        },
        RuffCheck {
            name: "format",
            args: &["format", "--no-cache", "--check"],
            fix: "format .",
        },
    ]
}

/// Runs one check on `paths`, relative to python_equivalents/ (`.` for all of it).
pub fn run(env: &PythonEnv, check: &RuffCheck, paths: &[String]) -> Result<(), RuffError> {
    let mut command = env.command(["-m", "ruff"]);
    command.args(check.args).args(paths);
    let done = Job::new(
        format!("ruff {}", check.name),
        command,
        Duration::from_secs(120),
    )
    .run()?;
    // `python -m ruff` without ruff exits 1 too: not a finding about the twins.
    if let Some(module) = done.missing_module() {
        return Err(RuffError::NotRun {
            module,
            output: done.combined(),
        });
    }
    if done.success() {
        Ok(())
    } else {
        Err(RuffError::Findings {
            args: format!("{} {}", check.args.join(" "), paths.join(" ")),
            fix: check.fix.to_string(),
            output: done.combined(),
        })
    }
}
