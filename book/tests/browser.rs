//! The book in a real browser: Debian's Chromium, driven over WebDriver by chromedriver, reading
//! the book built from this tree and served on 127.0.0.1. Each trial proves one promise of the
//! book (issue 11). The book is built in any case (`the_book_builds_from_the_tree`); without
//! Chromium the browser's trials are skipped with the command that installs it, except under
//! `CI=true`, where a missing browser fails them.

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
    let started = Instant::now();
    // The book is built with or without a browser: `cargo xtask book` must work everywhere.
    let ws = Workspace::locate();
    let chromium = Chromium::find();
    // The browser starts while the book builds: nothing of the book reaches it before every
    // page is visited (which clears the console log first), and its start-up of a few seconds
    // overlaps the build's single-threaded rendering instead of following it.
    let starting = chromium.clone().map(|chromium| {
        let profile = ws.scratch_dir().join("chromium-profile");
        std::thread::spawn(move || Session::start(&chromium, &profile).map_err(|e| e.to_string()))
    });
    let built = textbook_book::build(&Options::for_workspace(&ws))
        .map_err(|e| format!("the book did not build: {e:#}"));
    let built_trial = {
        let result = built.as_ref().map(drop).map_err(Clone::clone);
        Trial::test("the_book_builds_from_the_tree", move || {
            result.map_err(Failed::from)
        })
    };
    let failing = |why: String| -> Vec<Trial> {
        CHECKS
            .iter()
            .map(|(name, _)| {
                let why = why.clone();
                Trial::test(*name, move || Err(Failed::from(why)))
            })
            .collect()
    };
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let mut trials = vec![built_trial];
    let session = starting.map(|thread| {
        thread
            .join()
            .unwrap_or_else(|_| Err("starting the browser panicked".to_string()))
    });
    match (session, built) {
        (None, _) => {
            let why = format!(
                "the browser check needs Chromium and chromedriver, which are not installed; install them with `{INSTALL}`"
            );
            if ci {
                eprintln!("CI=true: {why}");
                trials.extend(failing(why));
            } else {
                println!("skipped: {why}");
                trials.extend(
                    CHECKS
                        .iter()
                        .map(|(name, _)| Trial::test(*name, || Ok(())).with_ignored_flag(true)),
                );
            }
        }
        (Some(_), Err(why)) => trials.extend(failing(why)),
        (Some(session), Ok(built)) => match session.and_then(|session| open(session, built)) {
            Err(why) => trials.extend(failing(why)),
            Ok(book) => {
                println!(
                    "book: built in {:.1} s, {} pages visited; {:.1} s so far",
                    book.built.seconds,
                    book.pages.len(),
                    started.elapsed().as_secs_f64()
                );
                let book = Arc::new(book);
                trials.extend(CHECKS.iter().map(|&(name, check)| {
                    let book = Arc::clone(&book);
                    Trial::test(name, move || check(&book).map_err(Failed::from))
                }));
            }
        },
    }
    let conclusion = libtest_mimic::run(&args, trials);
    println!(
        "browser check: {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
    conclusion.exit_code()
}

/// Serves the built book and visits every page once in the started browser.
fn open(session: Session, built: Built) -> Result<Book, String> {
    let server = Server::start(&built.out).map_err(|e| format!("cannot serve the book: {e}"))?;
    let names = visit::page_names(&built.out);
    let pages = visit::visit_all(&session, &server, &names)?;
    Ok(Book {
        built,
        server,
        session: Mutex::new(session),
        pages,
    })
}
