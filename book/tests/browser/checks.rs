//! The promises the browser test checks, one function each; each returns every problem it
//! finds, not only the first. Those here read only what the one visit of every page recorded;
//! those that must drive the browser again are in `live`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;

use xtask::ledger::Proof;

use crate::Book;

#[path = "checks/live.rs"]
mod live;

pub use live::{layout, ledger_filters, screenshots, search_finds};

fn verdict(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

fn chapter_pages(book: &Book) -> impl Iterator<Item = &(String, String, xtask::ledger::Ledger)> {
    book.built.chapters.iter()
}

pub fn no_console_errors(book: &Book) -> Result<(), String> {
    let mut problems = Vec::new();
    for (name, page) in &book.pages {
        // Chromium asks every origin for /favicon.ico on its own; mdBook's pages name theirs.
        let own = page
            .console_errors
            .iter()
            .filter(|e| !e.contains("/favicon.ico "));
        for error in own {
            problems.push(format!("{name}: {error}"));
        }
    }
    if book.pages.len() < book.built.chapters.len() + 3 {
        problems.push(format!("only {} pages were visited", book.pages.len()));
    }
    verdict(problems)
}

pub fn claims_once(book: &Book) -> Result<(), String> {
    let mut seen: BTreeMap<String, Vec<(&str, &crate::visit::ClaimSeen)>> = BTreeMap::new();
    for (page, _, _) in chapter_pages(book) {
        let shown = book
            .pages
            .get(page)
            .map(|p| p.claims.as_slice())
            .unwrap_or_default();
        for claim in shown {
            seen.entry(claim.claim.clone())
                .or_default()
                .push((page, claim));
        }
    }
    let mut problems = Vec::new();
    let mut expected = BTreeSet::new();
    for (_, dir, ledger) in chapter_pages(book) {
        for claim in &ledger.claims {
            let key = format!("{dir}/{}", claim.id);
            expected.insert(key.clone());
            let want = claim.verdict.to_string();
            match seen.get(&key).map(Vec::as_slice).unwrap_or_default() {
                [(page, shown)] => {
                    if shown.verdict != want || shown.badge != want {
                        problems.push(format!(
                            "{key} on {page}: the ledger says {want}, the page says {} (badge `{}`)",
                            shown.verdict, shown.badge
                        ));
                    }
                    if !shown.badge_visible {
                        problems.push(format!("{key} on {page}: the verdict badge is not visible"));
                    }
                }
                [] => problems.push(format!("{key}: on no chapter page")),
                many => problems.push(format!("{key}: shown {} times", many.len())),
            }
        }
    }
    for key in seen.keys().filter(|k| !expected.contains(*k)) {
        problems.push(format!("{key}: on a page, but in no ledger"));
    }
    verdict(problems)
}

pub fn stderr_shown(book: &Book) -> Result<(), String> {
    let root = xtask::workspace::Workspace::locate().root;
    let mut problems = Vec::new();
    let mut checked = 0;
    for (page, dir, ledger) in chapter_pages(book) {
        let shown = book
            .pages
            .get(page)
            .map(|p| p.claims.as_slice())
            .unwrap_or_default();
        for claim in &ledger.claims {
            let key = format!("{dir}/{}", claim.id);
            let Some(seen) = shown.iter().find(|c| c.claim == key) else {
                problems.push(format!("{key}: not on {page}"));
                continue;
            };
            for proof in claim.proofs() {
                let (Proof::UiTest { path } | Proof::Exercise { path }) = proof else {
                    continue;
                };
                let stderr = format!("{}.stderr", path.trim_end_matches(".rs"));
                let Ok(text) = fs::read_to_string(root.join(&stderr)) else {
                    problems.push(format!("{key}: cannot read {stderr}"));
                    continue;
                };
                checked += 1;
                if !seen.stderr.iter().any(|s| s.trim_end() == text.trim_end()) {
                    problems.push(format!("{key}: {stderr} is not shown as it is"));
                }
            }
        }
    }
    if checked == 0 {
        problems.push("no compile-fail claim was found to check".into());
    }
    verdict(problems)
}

pub fn links_resolve(book: &Book) -> Result<(), String> {
    let origin = book.server.url("");
    let mut problems = Vec::new();
    let mut files = BTreeSet::new();
    for (name, page) in &book.pages {
        // mdBook's 404 page is served at any missing path, so its links are written against
        // the site's root (`<base href="/">`); its own heading anchor then points at the front
        // page. Its links to files are still checked.
        let not_found_page = name == "404.html";
        for link in &page.links {
            let Some(rest) = link.strip_prefix(&origin) else {
                continue;
            };
            let (path, fragment) = rest.split_once('#').unwrap_or((rest, ""));
            let path = path.split('?').next().unwrap_or("");
            let path = if path.is_empty() { "index.html" } else { path };
            match book.pages.get(path) {
                Some(target) => {
                    if !fragment.is_empty()
                        && !not_found_page
                        && !target.ids.iter().any(|id| id == fragment)
                    {
                        problems.push(format!("{name}: {link}: no #{fragment} on {path}"));
                    }
                }
                None => {
                    files.insert((path.to_string(), name.clone()));
                }
            }
        }
    }
    for (path, from) in &files {
        match status(book.server.port, path) {
            Ok(200) => {}
            Ok(code) => problems.push(format!("{from}: /{path} answers {code}")),
            Err(e) => problems.push(format!("{from}: /{path}: {e}")),
        }
    }
    verdict(problems)
}

/// The HTTP status of `GET /<path>` from the book's server.
fn status(port: u16, path: &str) -> std::io::Result<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = String::new();
    stream.take(64).read_to_string(&mut answer).ok();
    Ok(answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0))
}

pub fn charts_load(book: &Book) -> Result<(), String> {
    let mut problems = Vec::new();
    for (name, page) in &book.pages {
        for (src, loaded) in &page.images {
            if !loaded {
                problems.push(format!("{name}: {src} did not load"));
            }
        }
    }
    for chart in &book.built.charts {
        let shown = book
            .pages
            .values()
            .flat_map(|p| &p.images)
            .any(|(src, loaded)| *loaded && src.ends_with(chart.as_str()));
        if !shown {
            problems.push(format!("{chart}: shown loaded on no page"));
        }
    }
    verdict(problems)
}

pub fn demos_ran(book: &Book) -> Result<(), String> {
    let mut problems = Vec::new();
    for (page, _, _) in chapter_pages(book) {
        for demo in book
            .pages
            .get(page)
            .map(|p| p.failed_demos.as_slice())
            .unwrap_or_default()
        {
            problems.push(format!(
                "{page}: a side of {demo} did not run (the page shows why)"
            ));
        }
    }
    verdict(problems)
}
