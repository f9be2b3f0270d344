//! `cargo xtask test`: runs every proof and reports the ledger. The proofs run through
//! `cargo test`, package by package (so each result is tied to its chapter); the workspace checks
//! (tests/) run the Python side. Then each claim is looked up by its proof's result.

use std::collections::HashMap;
use std::process::{Command, ExitCode};
use std::time::Duration;

use anyhow::Context;

use super::paint;
use crate::ledger::{Claim, Kind, Ledger, Verdict};
use crate::pair::cargo;
use crate::process::Job;
use crate::testlog::{self, Outcome};
use crate::workspace::{Chapter, Workspace};

const CARGO_TEST_TIMEOUT: Duration = Duration::from_secs(60 * 60);
const CHECKS_PACKAGE: &str = "textbook-checks";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also print each passing claim, not only the failing ones and the totals.
    #[arg(long, short)]
    verbose: bool,
}

/// A claim's standing after the run.
#[derive(Debug, PartialEq)]
enum Standing {
    Proven,
    ErratumConfirmed,
    /// Measured by `cargo xtask bench`, cited, or not checkable here: no test to run.
    Untested,
    Failing(String),
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let chapters = ws.chapters()?;
    let mut packages: Vec<(String, Option<&Chapter>)> = chapters
        .iter()
        .map(|c| (c.package.clone(), Some(c)))
        .collect();
    packages.push(("xtask".into(), None));
    packages.push((CHECKS_PACKAGE.into(), None));

    step("Building every test (cargo test --workspace --no-run)");
    let build = cargo_job(&["test", "--workspace", "--no-run"])
        .echo(true)
        .run()?;
    anyhow::ensure!(
        build.success(),
        "the workspace does not build; see the errors above"
    );

    let mut results: HashMap<String, Outcome> = HashMap::new();
    let (mut passed, mut failed) = (0usize, 0usize);
    for (package, chapter) in &packages {
        step(&format!("cargo test --package {package}"));
        let done = cargo_job(&["test", "--package", package, "--no-fail-fast"])
            .echo(true)
            .run()
            .with_context(|| format!("`cargo test --package {package}` could not run"))?;
        let lines = done.lines.iter().map(|(_, l)| l.as_str());
        let found = testlog::parse(lines);
        if !done.success() && !found.iter().any(|t| t.outcome == Outcome::Failed) {
            // A crash or a build failure: no test line says so, so count it here.
            failed += 1;
            eprintln!(
                "{}",
                paint(
                    &format!("`cargo test --package {package}` failed without a test result"),
                    "31"
                )
            );
        }
        for test in found {
            match test.outcome {
                Outcome::Passed => passed += 1,
                Outcome::Failed => failed += 1,
                Outcome::Ignored => {}
            }
            let key = match chapter {
                Some(chapter) => format!("{}::{}::{}", chapter.dir_name, test.binary, test.name),
                None if package == CHECKS_PACKAGE => test.name,
                None => format!("{package}::{}::{}", test.binary, test.name),
            };
            results.insert(key, test.outcome);
        }
    }

    step("The ledger");
    let mut unproven = 0;
    for chapter in &chapters {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        unproven += report_chapter(chapter, &ledger, &results, args.verbose);
    }
    failed += unproven;
    println!("\n{passed} passed, {failed} failed");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn cargo_job(args: &[&str]) -> Job {
    let ws = Workspace::locate();
    let mut command = Command::new(cargo());
    command.args(args).current_dir(&ws.root);
    Job::new(
        format!("`cargo {}`", args.join(" ")),
        command,
        CARGO_TEST_TIMEOUT,
    )
}

fn step(text: &str) {
    println!("\n{}", paint(&format!("==> {text}"), "1;36"));
}

/// Prints a chapter's claims summary; returns how many claims failed without a failing test
/// having been counted for them (a proof that never ran).
fn report_chapter(
    chapter: &Chapter,
    ledger: &Ledger,
    results: &HashMap<String, Outcome>,
    verbose: bool,
) -> usize {
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut not_run = 0;
    println!("{}", paint(&chapter.package, "1"));
    for claim in &ledger.claims {
        let standing = standing(claim, results);
        let (label, colour) = match &standing {
            Standing::Proven => ("proven", "32"),
            Standing::ErratumConfirmed => ("erratum confirmed", "33"),
            Standing::Untested => ("not a test", "2"),
            Standing::Failing(_) => ("FAILING", "31"),
        };
        *counts.entry(label).or_default() += 1;
        if let Standing::Failing(why) = &standing {
            if why.contains("did not run") {
                not_run += 1;
            }
            println!("  {}  {}: {why}", paint(label, colour), claim.id);
        } else if verbose {
            println!("  {}  {}", paint(label, colour), claim.id);
        }
    }
    let get = |k| counts.get(k).copied().unwrap_or(0);
    let untested: Vec<String> = [Kind::Measure, Kind::Cited, Kind::NotHere]
        .iter()
        .map(|k| (k, ledger.claims.iter().filter(|c| c.kind == *k).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    println!(
        "  claims: {} proven, {} errata confirmed, {} failing{}",
        get("proven"),
        get("erratum confirmed"),
        get("FAILING"),
        if untested.is_empty() {
            String::new()
        } else {
            format!("; not tests: {}", untested.join(", "))
        }
    );
    not_run
}

fn standing(claim: &Claim, results: &HashMap<String, Outcome>) -> Standing {
    let keys: Vec<String> = claim
        .proofs()
        .iter()
        .filter_map(|p| p.result_key())
        .collect();
    if keys.is_empty() {
        return Standing::Untested;
    }
    let mut problems = Vec::new();
    for key in &keys {
        match results.get(key) {
            Some(Outcome::Passed) => {}
            Some(Outcome::Failed) => problems.push(format!("{key} failed")),
            Some(Outcome::Ignored) => problems.push(format!("{key} is ignored")),
            None => problems.push(format!("{key} did not run")),
        }
    }
    match (problems.is_empty(), claim.verdict) {
        (false, _) => Standing::Failing(problems.join("; ")),
        (true, Verdict::Erratum) => Standing::ErratumConfirmed,
        (true, _) => Standing::Proven,
    }
}
