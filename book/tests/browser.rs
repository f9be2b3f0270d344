//! The book in a real browser: Debian's Chromium, driven over WebDriver by chromedriver, reading
//! the book built from this tree and served on 127.0.0.1. Each trial proves one promise of the
//! book (issue 11); without Chromium the trials are skipped with the command that installs it,
//! except under `CI=true`, where a missing browser fails them.

#[path = "browser/checks.rs"]
mod checks;
#[path = "browser/visit.rs"]
mod visit;

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use libtest_mimic::{Arguments, Failed, Trial};
use textbook_book::browser::serve::Server;
use textbook_book::browser::webdriver::Session;
use textbook_book::browser::{Chromium, INSTALL};
use textbook_book::{Built, Options};
use xtask::workspace::Workspace;

/// Everything the trials look at: the build, the browser, what each page showed.
struct Book {
    built: Built,
    server: Server,
    session: Mutex<Session>,
    pages: BTreeMap<String, visit::Page>,
}

type Check = fn(&Book) -> Result<(), String>;

const CHECKS: &[(&str, Check)] = &[
    (
        "every_page_loads_without_a_console_error",
        checks::no_console_errors,
    ),
    (
        "every_claim_appears_once_with_its_ledger_verdict_visible",
        checks::claims_once,
    ),
    (
        "every_compile_fail_claim_shows_its_stderr",
        checks::stderr_shown,
    ),
    (
        "every_internal_link_and_fragment_resolves",
        checks::links_resolve,
    ),
    ("every_chart_image_loads", checks::charts_load),
    ("every_demo_ran_on_both_sides", checks::demos_ran),
    (
        "search_for_a_word_of_a_claim_finds_its_chapter",
        checks::search_finds,
    ),
    (
        "demos_sit_side_by_side_at_1280_px_and_stack_at_400_px",
        checks::layout,
    ),
    (
        "the_ledger_page_filters_by_chapter_verdict_and_kind",
        checks::ledger_filters,
    ),
    (
        "screenshots_of_each_chapter_and_the_errata_are_saved",
        checks::screenshots,
    ),
];

fn main() -> ExitCode {
    let mut args = Arguments::from_args();
    // One browser, one page at a time.
    args.test_threads = Some(1);
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let Some(chromium) = Chromium::find() else {
        let why = format!(
            "the browser check needs Chromium and chromedriver, which are not installed; install them with `{INSTALL}`"
        );
        if ci {
            eprintln!("CI=true: {why}");
            let trials = CHECKS
                .iter()
                .map(|(name, _)| {
                    let why = why.clone();
                    Trial::test(*name, move || Err(Failed::from(why)))
                })
                .collect();
            return libtest_mimic::run(&args, trials).exit_code();
        }
        println!("skipped: {why}");
        let trials = CHECKS
            .iter()
            .map(|(name, _)| Trial::test(*name, || Ok(())).with_ignored_flag(true))
            .collect();
        return libtest_mimic::run(&args, trials).exit_code();
    };
    let started = Instant::now();
    let book = match open(&chromium) {
        Ok(book) => Arc::new(book),
        Err(why) => {
            let trials = CHECKS
                .iter()
                .map(|(name, _)| {
                    let why = why.clone();
                    Trial::test(*name, move || Err(Failed::from(why)))
                })
                .collect();
            return libtest_mimic::run(&args, trials).exit_code();
        }
    };
    println!(
        "book: built in {:.1} s, {} pages visited; the whole check took {:.1} s to get here",
        book.built.seconds,
        book.pages.len(),
        started.elapsed().as_secs_f64()
    );
    let trials = CHECKS
        .iter()
        .map(|&(name, check)| {
            let book = Arc::clone(&book);
            Trial::test(name, move || check(&book).map_err(Failed::from))
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    println!(
        "browser check: {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
    conclusion.exit_code()
}

/// Builds the book, serves it, starts the browser and visits every page once.
fn open(chromium: &Chromium) -> Result<Book, String> {
    let ws = Workspace::locate();
    let options = Options::for_workspace(&ws);
    let built =
        textbook_book::build(&options).map_err(|e| format!("the book did not build: {e:#}"))?;
    let server = Server::start(&built.out).map_err(|e| format!("cannot serve the book: {e}"))?;
    let profile = ws.scratch_dir().join("chromium-profile");
    let session = Session::start(chromium, &profile).map_err(|e| e.to_string())?;
    let names = visit::page_names(&built.out);
    let pages = visit::visit_all(&session, &server, &names)?;
    Ok(Book {
        built,
        server,
        session: Mutex::new(session),
        pages,
    })
}
