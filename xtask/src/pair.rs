//! The two-sides protocol. A demo and its Python twin, run with `--json`, print one object per
//! result: `{"demo", "case", "result"}`, plus `"claim"` (a ledger id) where the line illustrates
//! one, `"contrast": true` where the two languages are *meant* to differ, and `"seconds"` for
//! timed kernels. Parity: the same cases in the same order, and equal results, except on
//! contrast lines, which both sides must mark and tie to a claim of the ledger. A line marked
//! `"extra": true` exists on one side only (a tool the other language does not need, such as
//! Python's multiprocessing); it is left out of the pairing but must name a claim too.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::ledger::Ledger;
use crate::process::{Job, ProcessError, cargo};
use crate::python::PythonEnv;
use crate::workspace::{Chapter, Demo, Workspace};

const DEMO_TIMEOUT: Duration = Duration::from_secs(180);
const BUILD_TIMEOUT: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ResultLine {
    pub demo: String,
    pub case: String,
    pub result: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contrast: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub extra: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PairError {
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error("`{command}` failed:\n{output}")]
    Failed { command: String, output: String },
    #[error(
        "the {side} side of `{demo}` printed a line that is not a result object: {line:?} ({why})"
    )]
    NotJson {
        side: &'static str,
        demo: String,
        line: String,
        why: String,
    },
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParityProblem {
    #[error("result {index}: Rust has case {rust:?}, Python has case {python:?}")]
    CaseMismatch {
        index: usize,
        rust: Option<String>,
        python: Option<String>,
    },
    #[error(
        "case `{case}`: Rust prints {rust:?}, Python prints {python:?}, and the line is not marked as a contrast"
    )]
    ResultsDiffer {
        case: String,
        rust: String,
        python: String,
    },
    #[error("case `{case}`: only the {side} side marks it as a contrast")]
    ContrastOneSided { case: String, side: &'static str },
    #[error("case `{case}` is marked as a contrast but both sides print {result:?}")]
    ContrastAgrees { case: String, result: String },
    #[error("case `{case}`: the {side} side marks a contrast without naming the claim it shows")]
    ContrastWithoutClaim { case: String, side: &'static str },
    #[error("case `{case}`: the {side} side names claim `{claim}`, which is not in the ledger")]
    UnknownClaim {
        case: String,
        side: &'static str,
        claim: String,
    },
    #[error(
        "case `{case}`: the {side} side marks it as one-sided (extra) without naming the claim it shows"
    )]
    ExtraWithoutClaim { case: String, side: &'static str },
    #[error("the {side} side reports demo `{found}` instead of `{expected}`")]
    WrongDemo {
        side: &'static str,
        found: String,
        expected: String,
    },
}

/// Builds the chapter's demos (`cargo build --bins`), in release when asked.
pub fn build(ws: &Workspace, chapter: &Chapter, release: bool) -> Result<(), PairError> {
    build_with(ws, chapter, release, |job| job)
}

/// As `build`, without `--quiet`: `shape` may show cargo's progress (`Job::on_line`).
pub fn build_with(
    ws: &Workspace,
    chapter: &Chapter,
    release: bool,
    shape: impl FnOnce(Job) -> Job,
) -> Result<(), PairError> {
    let mut command = Command::new(cargo());
    command.args(["build", "--bins", "--package", &chapter.package]);
    if release {
        command.arg("--release");
    }
    command.current_dir(&ws.root);
    let shown = crate::process::describe(&command);
    let job = Job::new(
        format!("building {}", chapter.package),
        command,
        BUILD_TIMEOUT,
    );
    let done = shape(job).run()?;
    if !done.success() {
        return Err(PairError::Failed {
            command: shown,
            output: done.combined(),
        });
    }
    Ok(())
}

pub fn rust_binary(ws: &Workspace, demo: &Demo, release: bool) -> PathBuf {
    let profile = if release { "release" } else { "debug" };
    ws.target_dir().join(profile).join(&demo.name)
}

/// Runs the (already built) Rust demo with `--json` and the given arguments.
pub fn run_rust(
    ws: &Workspace,
    demo: &Demo,
    release: bool,
    args: &[String],
) -> Result<Vec<ResultLine>, PairError> {
    collect("Rust", demo, rust_command(ws, demo, release, args), |job| {
        job
    })
}

pub fn rust_command(ws: &Workspace, demo: &Demo, release: bool, args: &[String]) -> Command {
    let mut command = Command::new(rust_binary(ws, demo, release));
    command.arg("--json").args(args).current_dir(&ws.root);
    command
}

/// Runs the Python twin (`python -m <chapter>.<demo> --json`) in the textbook's environment.
pub fn run_python(
    env: &PythonEnv,
    chapter: &Chapter,
    demo: &Demo,
    args: &[String],
) -> Result<Vec<ResultLine>, PairError> {
    collect(
        "Python",
        demo,
        python_command(env, chapter, demo, args),
        |job| job,
    )
}

pub fn python_command(env: &PythonEnv, chapter: &Chapter, demo: &Demo, args: &[String]) -> Command {
    let module = format!("{}.{}", chapter.python_module(), demo.name);
    let mut command = env.command(["-m", &module, "--json"]);
    command.args(args);
    command
}

/// Runs one side's `command` and reads its result lines; `shape` may add to the job (a
/// heartbeat for a live "still running" line).
pub fn collect(
    side: &'static str,
    demo: &Demo,
    command: Command,
    shape: impl FnOnce(Job) -> Job,
) -> Result<Vec<ResultLine>, PairError> {
    let shown = crate::process::describe(&command);
    let job = Job::new(
        format!("the {side} demo `{}`", demo.name),
        command,
        DEMO_TIMEOUT,
    );
    let done = shape(job).run()?;
    if !done.success() {
        return Err(PairError::Failed {
            command: shown,
            output: done.combined(),
        });
    }
    parse_lines(side, &demo.name, &done.stdout())
}

pub fn parse_lines(
    side: &'static str,
    demo: &str,
    stdout: &str,
) -> Result<Vec<ResultLine>, PairError> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            serde_json::from_str(line).map_err(|e| PairError::NotJson {
                side,
                demo: demo.to_string(),
                line: line.to_string(),
                why: e.to_string(),
            })
        })
        .collect()
}

/// Every way the two sides disagree; empty when they are twins.
pub fn compare(
    demo: &str,
    rust: &[ResultLine],
    python: &[ResultLine],
    ledger: &Ledger,
) -> Vec<ParityProblem> {
    let mut problems = Vec::new();
    for (side, lines) in [("Rust", rust), ("Python", python)] {
        if let Some(line) = lines.iter().find(|l| l.demo != demo) {
            problems.push(ParityProblem::WrongDemo {
                side,
                found: line.demo.clone(),
                expected: demo.to_string(),
            });
        }
        for line in lines {
            if line.extra && line.claim.is_none() {
                problems.push(ParityProblem::ExtraWithoutClaim {
                    case: line.case.clone(),
                    side,
                });
            }
            if let Some(claim) = &line.claim
                && ledger.claim(claim).is_none()
            {
                problems.push(ParityProblem::UnknownClaim {
                    case: line.case.clone(),
                    side,
                    claim: claim.clone(),
                });
            }
        }
    }
    let rust: Vec<&ResultLine> = rust.iter().filter(|l| !l.extra).collect();
    let python: Vec<&ResultLine> = python.iter().filter(|l| !l.extra).collect();
    for index in 0..rust.len().max(python.len()) {
        let (r, p) = (rust.get(index).copied(), python.get(index).copied());
        let (Some(r), Some(p)) = (r, p) else {
            problems.push(ParityProblem::CaseMismatch {
                index,
                rust: r.map(|l| l.case.clone()),
                python: p.map(|l| l.case.clone()),
            });
            continue;
        };
        if r.case != p.case {
            problems.push(ParityProblem::CaseMismatch {
                index,
                rust: Some(r.case.clone()),
                python: Some(p.case.clone()),
            });
            continue;
        }
        problems.extend(compare_line(r, p));
    }
    problems
}

fn compare_line(r: &ResultLine, p: &ResultLine) -> Option<ParityProblem> {
    let case = r.case.clone();
    match (r.contrast, p.contrast) {
        (false, false) if r.result == p.result => None,
        (false, false) => Some(ParityProblem::ResultsDiffer {
            case,
            rust: r.result.clone(),
            python: p.result.clone(),
        }),
        (true, false) => Some(ParityProblem::ContrastOneSided { case, side: "Rust" }),
        (false, true) => Some(ParityProblem::ContrastOneSided {
            case,
            side: "Python",
        }),
        (true, true) if r.result == p.result => Some(ParityProblem::ContrastAgrees {
            case,
            result: r.result.clone(),
        }),
        (true, true) if r.claim.is_none() => {
            Some(ParityProblem::ContrastWithoutClaim { case, side: "Rust" })
        }
        (true, true) if p.claim.is_none() => Some(ParityProblem::ContrastWithoutClaim {
            case,
            side: "Python",
        }),
        (true, true) => None,
    }
}

#[cfg(test)]
mod tests;
