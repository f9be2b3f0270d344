//! The workspace's own checks, run by `cargo test` at the root (and so by `cargo xtask test`):
//! each chapter's ledger against the tree, the Python side's proofs (pytest, the mypy cases, ruff)
//! and the parity of every demo pair. Every check is a named trial, printed as libtest prints its
//! tests, so that `cargo xtask test` can tie each result to the claim it proves.

use std::collections::BTreeSet;
use std::process::ExitCode;

use libtest_mimic::{Arguments, Failed, Trial};
use xtask::ledger::Ledger;
use xtask::pair;
use xtask::python::{self, PythonEnv};
use xtask::workspace::{Chapter, Workspace};
use xtask::{pytest, ruff, typecheck};

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let ws = Workspace::locate();
    let platform = std::env::var(xtask::workspace::CHAPTERS_VAR)
        .is_ok_and(|v| v.trim() == xtask::workspace::PLATFORM_SELECTION);
    let trials = if platform {
        platform_trials(&ws, args.list)
    } else {
        match ws.selected_chapters() {
            Ok(chapters) => trials(&ws, &chapters, args.list),
            Err(e) => vec![failing("workspace::chapters", e.to_string())],
        }
    };
    libtest_mimic::run(&args, trials).exit_code()
}

fn trials(ws: &Workspace, chapters: &[Chapter], listing: bool) -> Vec<Trial> {
    let mut trials = Vec::new();
    let mut ledgers = Vec::new();
    for chapter in chapters {
        match Ledger::load(&chapter.ledger_path()) {
            Ok(ledger) => {
                trials.push(ledger_trial(ws, chapter, &ledger));
                ledgers.push((chapter.clone(), ledger));
            }
            // Named from the workspace's root, as every other message of the checks is (the
            // harness runs in tests/, so the ledger's own relative-to-cwd path is absolute).
            Err(e) => {
                let root = format!("{}/", ws.root.display());
                let message = e.to_string().replace(&root, "");
                trials.push(failing(&format!("ledger::{chapter}"), message));
            }
        }
    }
    if listing {
        // `--list` must be quick: it names the trials that need no Python run.
        return trials;
    }
    let env = match python::ensure(ws, &mut |line| eprintln!("textbook: {line}")) {
        Ok(env) => env,
        Err(e) => {
            trials.push(failing("python::environment", e.to_string()));
            return trials;
        }
    };
    // All of python_equivalents/ when every chapter is proven (the shared files too), else only
    // the chosen chapters' folders.
    let paths: Vec<String> = if std::env::var(xtask::workspace::CHAPTERS_VAR)
        .unwrap_or_default()
        .trim()
        .is_empty()
    {
        vec![".".to_string()]
    } else {
        chapters
            .iter()
            .filter_map(|c| Some(c.python_dir.file_name()?.to_string_lossy().into_owned()))
            .collect()
    };
    eprintln!(
        "textbook: running pytest, mypy and ruff on python_equivalents/{} …",
        if paths == ["."] {
            String::new()
        } else {
            paths.join(", ")
        }
    );
    trials.extend(pytest_trials(&env, &paths));
    // ruff also keeps the shared files (demo_report.py) clean, whichever chapters are chosen.
    let mut linted = paths.clone();
    if linted != ["."] {
        linted.extend(top_level_python(ws));
    }
    trials.extend(ruff_trials(&env, &linted));
    for (chapter, _) in &ledgers {
        trials.extend(typecheck_trials(ws, &env, chapter));
    }
    let unrun = unrun_python_proofs(&ledgers, &trials);
    trials.extend(unrun);
    for (chapter, ledger) in ledgers {
        trials.extend(parity_trials(ws, &env, &chapter, ledger));
        trials.push(bench_quick_trial(ws, &env, &chapter));
    }
    trials
}

/// The platform's own Python tests (`test_*.py` directly in python_equivalents/: of the code every
/// chapter's twins share), alone. Run over `.`, the chapters' checks collect them too.
fn platform_trials(ws: &Workspace, listing: bool) -> Vec<Trial> {
    let tests: Vec<String> = top_level_python(ws)
        .into_iter()
        .filter(|name| name.starts_with("test_"))
        .collect();
    // No path at all would be pytest's `testpaths`: every chapter's tests.
    if listing || tests.is_empty() {
        return Vec::new();
    }
    match python::ensure(ws, &mut |line| eprintln!("textbook: {line}")) {
        Ok(env) => pytest_trials(&env, &tests),
        Err(e) => vec![failing("python::environment", e.to_string())],
    }
}

/// The `.py` files directly in python_equivalents/: what every chapter's twins share.
fn top_level_python(ws: &Workspace) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(ws.python_dir())
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".py"))
        .collect();
    files.sort();
    files
}

/// Every pytest test and mypy case a ledger names as a proof must have run: one that pytest or
/// mypy did not report (renamed, not collected, the tool absent) fails under its own name, so
/// the count of Python proofs cannot silently drop while the rest passes.
fn unrun_python_proofs(ledgers: &[(Chapter, Ledger)], trials: &[Trial]) -> Vec<Trial> {
    let ran: BTreeSet<&str> = trials.iter().map(Trial::name).collect();
    let claims = ledgers.iter().flat_map(|(_, ledger)| &ledger.claims);
    pytest::unreported(claims, &ran)
        .into_iter()
        .map(|(key, ids)| {
            let tool = if key.starts_with("pytest::") {
                "pytest"
            } else {
                "mypy"
            };
            failing(
                &key,
                format!(
                    "{} names this proof, but {tool} did not report it (not collected, renamed, \
                     or {tool} did not run: see the failure above)",
                    ids.iter()
                        .map(|id| format!("claim `{id}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
        .collect()
}

fn failing(name: &str, message: String) -> Trial {
    Trial::test(name, move || Err(Failed::from(message)))
}

fn verdict(problems: Vec<String>) -> Result<(), Failed> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failed::from(problems.join("\n")))
    }
}

fn ledger_trial(ws: &Workspace, chapter: &Chapter, ledger: &Ledger) -> Trial {
    let (ws, chapter, ledger) = (ws.clone(), chapter.clone(), ledger.clone());
    Trial::test(format!("ledger::{chapter}"), move || {
        let problems = xtask::check::check(&ws, &chapter, &ledger);
        let path = ws.relative(&chapter.ledger_path());
        verdict(
            problems
                .iter()
                .map(|p| ledger.locate(&path, p.to_string()))
                .collect(),
        )
    })
}

fn pytest_trials(env: &PythonEnv, paths: &[String]) -> Vec<Trial> {
    match pytest::run(env, paths) {
        Ok(outcomes) => outcomes
            .into_iter()
            .map(|o| {
                Trial::test(format!("pytest::{}", o.id), move || {
                    if o.passed {
                        Ok(())
                    } else {
                        Err(Failed::from(o.details))
                    }
                })
            })
            .collect(),
        Err(e) => vec![failing("pytest::run", e.to_string())],
    }
}

fn ruff_trials(env: &PythonEnv, paths: &[String]) -> Vec<Trial> {
    ruff::checks()
        .into_iter()
        .map(|check| {
            let (env, paths) = (env.clone(), paths.to_vec());
            Trial::test(format!("ruff::{}", check.name), move || {
                ruff::run(&env, &check, &paths).map_err(|e| Failed::from(e.to_string()))
            })
        })
        .collect()
}

fn typecheck_trials(ws: &Workspace, env: &PythonEnv, chapter: &Chapter) -> Vec<Trial> {
    match typecheck::run(ws, env, chapter) {
        Ok(outcomes) => outcomes
            .into_iter()
            .map(|o| {
                Trial::test(format!("typecheck::{}", o.case), move || {
                    if o.passed() {
                        Ok(())
                    } else {
                        Err(Failed::from(o.explain()))
                    }
                })
            })
            .collect(),
        Err(e) => vec![failing(&format!("typecheck::{chapter}"), e.to_string())],
    }
}

fn parity_trials(ws: &Workspace, env: &PythonEnv, chapter: &Chapter, ledger: Ledger) -> Vec<Trial> {
    let demos = match chapter.demos() {
        Ok(demos) => demos,
        Err(e) => return vec![failing(&format!("parity::{chapter}"), e.to_string())],
    };
    if let Err(e) = pair::build(ws, chapter, false) {
        return vec![failing(&format!("parity::{chapter}"), e.to_string())];
    }
    demos
        .into_iter()
        .filter(|demo| demo.python.is_some()) // a missing twin is the ledger trial's finding
        .map(|demo| {
            let (ws, env, chapter, ledger) =
                (ws.clone(), env.clone(), chapter.clone(), ledger.clone());
            Trial::test(format!("parity::{chapter}/{}", demo.name), move || {
                let fail = |e: pair::PairError| Failed::from(e.to_string());
                let rust = pair::run_rust(&ws, &demo, false, &[]).map_err(fail)?;
                let python = pair::run_python(&env, &chapter, &demo, &[]).map_err(fail)?;
                let problems = pair::compare(&demo.name, &rust, &python, &ledger);
                verdict(problems.iter().map(ToString::to_string).collect())
            })
        })
        .collect()
}

/// `cargo xtask bench <chapter> --quick`: every benchmark once, tiny sizes, debug build. Fails on
/// malformed output or results that differ between the sides; a time is never judged.
fn bench_quick_trial(ws: &Workspace, env: &PythonEnv, chapter: &Chapter) -> Trial {
    let name = format!("bench::quick::{chapter}");
    let has_benchmarks = xtask::bench::declares(chapter);
    let (ws, env, chapter) = (ws.clone(), env.clone(), chapter.clone());
    Trial::test(name, move || {
        xtask::bench::quick(&ws, &env, &chapter, &mut |_| {})
            .map(|_| ())
            .map_err(|e| Failed::from(e.to_string()))
    })
    .with_ignored_flag(!has_benchmarks)
}
