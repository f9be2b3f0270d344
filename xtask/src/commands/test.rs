//! `cargo xtask test [CHAPTER…]`: proves the chosen chapters (all by default) and reports the
//! ledger. Each chapter is proven on its own — `cargo test -p chapter-NN` (its Rust tests, ui and
//! exercise proofs), then the workspace checks for that chapter alone (ledger ⇄ tree, pytest,
//! mypy cases, ruff, parity, quick bench) — so that each result is tied to its chapter and each
//! chapter's seconds are its own. With no chapter named, the platform's own tests run too, and
//! the book is built and checked in a browser (book/tests/browser.rs).

use std::collections::HashMap;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::ledger::{Ledger, Proof};
use crate::live;
use crate::process::Job;
use crate::process::cargo;
use crate::standing::{self, Standing, Tally};
use crate::term::paint;
use crate::testlog::{self, Outcome};
use crate::workspace::{CHAPTERS_VAR, Chapter, PLATFORM_SELECTION, Workspace};

const CARGO_TEST_TIMEOUT: Duration = Duration::from_secs(60 * 60);
const CHECKS_PACKAGE: &str = "textbook-checks";
/// The packages that are no chapter: their tests run when the whole book is proven.
const PLATFORM_PACKAGES: &[&str] = &["xtask", "textbook-report", "textbook-harness"];

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  cargo xtask test          every chapter, the platform's tests, the book (CI)
  cargo xtask test 3 5      chapters 3 and 5 only, each with its seconds
  cargo xtask test 3 -v     also each claim that stands, not only failures

The last line is always `N passed, N failed`; the exit status is 0 only when
nothing failed.")]
pub struct Args {
    /// The chapters to prove (1, 01, ch01 or chapter-01); all of them, and the platform's own
    /// tests, when none is named.
    chapters: Vec<String>,
    /// Also print each proven claim, not only the failing ones and the totals.
    #[arg(long, short)]
    verbose: bool,
}

/// What one step of the run found.
#[derive(Debug, Default)]
struct Step {
    passed: usize,
    failed: usize,
    seconds: f64,
}

pub fn run(ws: &Workspace, args: Args) -> anyhow::Result<ExitCode> {
    let all = args.chapters.is_empty();
    let chapters: Vec<Chapter> = if all {
        ws.chapters().context("could not list the chapters")?
    } else {
        args.chapters
            .iter()
            .map(|q| ws.chapter(q))
            .collect::<Result<_, _>>()?
    };
    let started = Instant::now();

    // No combined `cargo test --no-run -p a -p b` first: cargo unifies features across the
    // packages of one invocation, so a chapter built beside the checks (which pull in clap's
    // `syn/full`) is built again when tested alone. Each package is built by its own run, with
    // the features it has alone, once; a build failure is counted as a failure of that step.
    let mut results: HashMap<String, Outcome> = HashMap::new();
    let mut rows = Vec::new();
    let (mut passed, mut failed) = (0, 0);
    for chapter in &chapters {
        step(&format!(
            "{chapter}: cargo test --package {}",
            chapter.package
        ));
        let own = run_tests(
            ws,
            chapter.package.as_str(),
            None,
            Some(chapter),
            &mut results,
        )?;
        step(&format!(
            "{chapter}: the workspace checks (ledger, pytest, mypy, ruff, parity, quick bench)"
        ));
        let selection = chapter.number.to_string();
        let checks = run_tests(ws, CHECKS_PACKAGE, Some(&selection), None, &mut results)?;
        let tests = Step {
            passed: own.passed + checks.passed,
            failed: own.failed + checks.failed,
            seconds: own.seconds + checks.seconds,
        };
        passed += tests.passed;
        failed += tests.failed;
        rows.push((chapter, tests));
    }
    let platform = if all {
        step("The platform: the xtask, the shared crates, the twins' shared code");
        let mut total = Step::default();
        let packages = PLATFORM_PACKAGES.iter().map(|p| (*p, None));
        // The Python side's shared code (demo_report.py) has tests of its own, which no
        // chapter's checks run: the checks run them alone.
        for (package, selection) in packages.chain([(CHECKS_PACKAGE, Some(PLATFORM_SELECTION))]) {
            let done = run_tests(ws, package, selection, None, &mut results)?;
            total.passed += done.passed;
            total.failed += done.failed;
            total.seconds += done.seconds;
        }
        passed += total.passed;
        failed += total.failed;
        Some(total)
    } else {
        None
    };

    let book = if all {
        step("The book: built from the tree, checked in a real browser (Chromium)");
        let done = run_tests(ws, super::book::BOOK_PACKAGE, None, None, &mut results)?;
        passed += done.passed;
        failed += done.failed;
        Some(done)
    } else {
        None
    };

    step("The ledger");
    let mut unproven = 0;
    for (chapter, tests) in &rows {
        unproven += report_ledger(chapter, tests, &results, args.verbose);
    }
    if let Some(platform) = platform {
        println!(
            "{}  {} tests passed, {} failed  ({:.1} s)",
            paint("platform", "1"),
            platform.passed,
            platform.failed,
            platform.seconds
        );
    }
    if let Some(book) = book {
        println!(
            "{}  {} tests passed, {} failed  ({:.1} s)",
            paint("book", "1"),
            book.passed,
            book.failed,
            book.seconds
        );
        let prefix = format!("{}::", super::book::BOOK_PACKAGE);
        let skipped = results
            .iter()
            .any(|(key, outcome)| key.starts_with(&prefix) && *outcome == Outcome::Ignored);
        if skipped {
            println!(
                "  {} the browser check was skipped: Chromium is not installed. Install it with `{}`",
                paint("SKIPPED", "33"),
                super::book::INSTALL_CHROMIUM
            );
        }
    }
    println!("whole run {:.1} s", started.elapsed().as_secs_f64());
    // A claim whose proof never ran has no failing test to count it: count it here.
    failed += unproven;
    println!("\n{passed} passed, {failed} failed");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn cargo_job(
    ws: &Workspace,
    verb: &str,
    packages: &[&str],
    extra: &[&str],
    selection: Option<&str>,
) -> Job {
    let mut command = Command::new(cargo());
    command.arg(verb);
    for package in packages {
        command.args(["--package", package]);
    }
    command.args(extra).current_dir(&ws.root);
    match selection {
        Some(chapters) => command.env(CHAPTERS_VAR, chapters),
        None => command.env_remove(CHAPTERS_VAR),
    };
    Job::new(
        format!("`cargo {verb} --package {}`", packages.join(" --package ")),
        command,
        CARGO_TEST_TIMEOUT,
    )
}

/// Runs one package's tests and files each outcome under the key the ledger's proofs use.
fn run_tests(
    ws: &Workspace,
    package: &str,
    selection: Option<&str>,
    chapter: Option<&Chapter>,
    results: &mut HashMap<String, Outcome>,
) -> anyhow::Result<Step> {
    let started = Instant::now();
    // cargo's lines as they come, and a live line while a build or a slow test is quiet.
    let live_line = live::still_running(format!("`cargo test --package {package}`"));
    let job = cargo_job(ws, "test", &[package], &["--no-fail-fast"], selection)
        .merged()
        .on_line(|_, _| live::finished())
        .echo(true);
    let done = live_line(job).run();
    live::finished();
    let done = done.with_context(|| format!("`cargo test --package {package}` could not run"))?;
    let found = testlog::parse(done.lines.iter().map(|(_, l)| l.as_str()));
    let mut step = Step::default();
    if !done.success() && !found.iter().any(|t| t.outcome == Outcome::Failed) {
        // A crash or a build failure: no test line says so, so count it here.
        step.failed += 1;
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
            Outcome::Passed => step.passed += 1,
            Outcome::Failed => step.failed += 1,
            Outcome::Ignored => {}
        }
        let key = match chapter {
            Some(chapter) => format!("{}::{}::{}", chapter.dir_name, test.binary, test.name),
            None if package == CHECKS_PACKAGE => test.name,
            None => format!("{package}::{}::{}", test.binary, test.name),
        };
        results.insert(key, test.outcome);
    }
    step.seconds = started.elapsed().as_secs_f64();
    Ok(step)
}

fn step(text: &str) {
    println!("\n{}", paint(&format!("==> {text}"), "1;36"));
}

/// A chapter's claims, or why there are none to count: a ledger that does not load is a failure,
/// named once (by the ledger check, which says the entry and its line) and counted once, and the
/// run still closes with its summary. Returns the failures no test has counted.
fn report_ledger(
    chapter: &Chapter,
    tests: &Step,
    results: &HashMap<String, Outcome>,
    verbose: bool,
) -> usize {
    match Ledger::load(&chapter.ledger_path()) {
        Ok(ledger) => report_chapter(chapter, &ledger, tests, results, verbose),
        Err(_) => {
            let check = format!("ledger::{chapter}");
            let counted = results.get(&check) == Some(&Outcome::Failed);
            let said = if counted {
                "the ledger check above names the entry and its line"
            } else {
                "`cargo xtask claims` names the entry and its line"
            };
            println!(
                "{}  {}: its claims.toml does not load ({said})",
                paint(&chapter.package, "1"),
                paint("FAILING", "31")
            );
            usize::from(!counted)
        }
    }
}

/// Prints a chapter's claims; returns how many failed without a failing test having been counted
/// for them (a proof that never ran).
fn report_chapter(
    chapter: &Chapter,
    ledger: &Ledger,
    tests: &Step,
    results: &HashMap<String, Outcome>,
    verbose: bool,
) -> usize {
    let mut tally = Tally::default();
    let mut not_run = 0;
    let exercises = crate::exercise::Exercises::load(chapter).ok();
    println!(
        "{}  {}  ({} tests, {:.1} s)",
        paint(&chapter.package, "1"),
        standing::verdicts(ledger),
        tests.passed + tests.failed,
        tests.seconds
    );
    for claim in &ledger.claims {
        let standing = standing::standing(claim, results);
        tally.add(&standing);
        match &standing {
            Standing::Failing(why) => {
                if why.contains("did not run") {
                    not_run += 1;
                }
                println!("  {}  {}: {why}", paint("FAILING", "31"), claim.id);
                // A template that is not the recorded one did not run: say why, and what to do.
                for proof in claim.proofs() {
                    if let (Proof::Exercise { path }, Some(exercises)) = (&proof, &exercises)
                        && let Some(skipped) = exercises.not_the_template(path)
                    {
                        println!("    {skipped}");
                    }
                }
            }
            other if verbose => println!("  {:<8}  {}", other.label(), claim.id),
            _ => {}
        }
    }
    println!("  standing: {tally}");
    not_run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Workspace;

    #[test]
    fn a_ledger_that_does_not_load_is_one_failure_and_no_error() {
        let scratch = textbook_harness::Scratch::new("xtask-test-ledger");
        scratch.write("Cargo.toml", "[workspace]\nmembers = [\"chapters/*\"]\n");
        scratch.write(
            "chapters/ch01-x/Cargo.toml",
            "[package]\nname = \"chapter-01\"\nversion = \"0.1.0\"\n",
        );
        scratch.write("chapters/ch01-x/claims.toml", "[[claim]]\nid = \"a/b\"\n");
        let ws = Workspace::at(scratch.path()).with_target_dir(scratch.path().join("target"));
        let chapter = ws.chapter("1").unwrap();
        let step = Step::default();
        // The checks did not count it: counted here, once.
        assert_eq!(report_ledger(&chapter, &step, &HashMap::new(), false), 1);
        // The checks' ledger trial failed: already counted.
        let results = HashMap::from([("ledger::chapter-01".to_string(), Outcome::Failed)]);
        assert_eq!(report_ledger(&chapter, &step, &results, false), 0);
    }
}
