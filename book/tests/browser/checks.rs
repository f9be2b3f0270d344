//! The promises the browser test checks, one function each; each returns every problem it
//! finds, not only the first.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use xtask::ledger::{Proof, Verdict};

use crate::Book;

/// How long the search script may take to show its results (a wait, not a measurement).
const SEARCH_WAIT: Duration = Duration::from_secs(20);

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

pub fn search_finds(book: &Book) -> Result<(), String> {
    let (word, page) = rare_word(book).ok_or("no claim has a word of its own to search for")?;
    let session = book.session.lock().map_err(|e| e.to_string())?;
    session
        .goto(&book.server.url(&format!("index.html?search={word}")))
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        let found = session
            .execute(
                "return [...document.querySelectorAll('#mdbook-searchresults a')].map((a) => a.href);",
                vec![],
            )
            .map_err(|e| e.to_string())?;
        let hrefs: Vec<&str> = found
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if hrefs.iter().any(|h| h.contains(page.as_str())) {
            return Ok(());
        }
        if started.elapsed() > SEARCH_WAIT {
            return Err(format!(
                "searching `{word}` did not find {page}; results: {hrefs:?}"
            ));
        }
        thread::sleep(Duration::from_millis(200));
    }
}

/// A word of some claim that no other chapter's ledger uses, and that claim's page.
fn rare_word(book: &Book) -> Option<(String, String)> {
    let words = |text: &str| -> BTreeSet<String> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 8)
            .map(str::to_lowercase)
            .collect()
    };
    let per_chapter: Vec<(String, BTreeSet<String>)> = chapter_pages(book)
        .map(|(page, _, ledger)| {
            let all = ledger.claims.iter().flat_map(|c| words(&c.says)).collect();
            (page.clone(), all)
        })
        .collect();
    per_chapter.iter().find_map(|(page, mine)| {
        let word = mine.iter().find(|w| {
            per_chapter
                .iter()
                .filter(|(_, other)| other.contains(*w))
                .count()
                == 1
        })?;
        Some((word.clone(), page.clone()))
    })
}

const PAIRS: &str = "return [innerWidth, [...document.querySelectorAll('.pair')].map((p) => {
    const s = p.querySelectorAll(':scope > .side');
    if (s.length < 2) return null;
    const a = s[0].getBoundingClientRect(), b = s[1].getBoundingClientRect();
    return [a.left, a.top, a.right, a.bottom, b.left, b.top];
}).filter((x) => x)];";

pub fn layout(book: &Book) -> Result<(), String> {
    let page = chapter_pages(book)
        .map(|(page, _, _)| page)
        .find(|p| book.pages.contains_key(*p))
        .ok_or("no chapter page")?;
    let session = book.session.lock().map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    for width in [1280u32, 400] {
        session
            .set_viewport(width, 900)
            .map_err(|e| e.to_string())?;
        session
            .goto(&book.server.url(page))
            .map_err(|e| e.to_string())?;
        let seen = session.execute(PAIRS, vec![]).map_err(|e| e.to_string())?;
        if seen[0].as_u64() != Some(u64::from(width)) {
            problems.push(format!(
                "asked for {width} px, the page is {} px wide",
                seen[0]
            ));
        }
        let pairs = seen[1].as_array().cloned().unwrap_or_default();
        if pairs.is_empty() {
            problems.push(format!("{page}: no demo with two sides"));
        }
        for (i, pair) in pairs.iter().enumerate() {
            let n = |k: usize| pair[k].as_f64().unwrap_or(f64::NAN);
            let (a_left, a_top, a_right, a_bottom, b_left, b_top) =
                (n(0), n(1), n(2), n(3), n(4), n(5));
            let beside = (a_top - b_top).abs() < 1.0 && b_left >= a_right - 1.0;
            let below = b_top >= a_bottom - 1.0 && (b_left - a_left).abs() < 1.0;
            if width == 1280 && !beside {
                problems.push(format!(
                    "{page}, demo {i} at 1280 px: the sides are not beside each other {pair}"
                ));
            }
            if width == 400 && !below {
                problems.push(format!(
                    "{page}, demo {i} at 400 px: the sides are not stacked {pair}"
                ));
            }
        }
    }
    session.set_viewport(1280, 900).map_err(|e| e.to_string())?;
    verdict(problems)
}

pub fn ledger_filters(book: &Book) -> Result<(), String> {
    let session = book.session.lock().map_err(|e| e.to_string())?;
    session
        .goto(&book.server.url("ledger.html"))
        .map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    let total: usize = chapter_pages(book).map(|(_, _, l)| l.claims.len()).sum();
    let (_, dir, ledger) = chapter_pages(book).next().ok_or("no chapter")?;
    let number = dir
        .trim_start_matches("ch")
        .split('-')
        .next()
        .unwrap_or("")
        .trim_start_matches('0')
        .to_string();
    let erratum = ledger
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::Erratum)
        .count();
    let cases = [
        ("", "", total),
        (number.as_str(), "", ledger.claims.len()),
        (number.as_str(), "erratum", erratum),
    ];
    for (chapter, verdict_choice, want) in cases {
        let shown = session
            .execute(
                "document.getElementById('filter-chapter').value = arguments[0];
                 const v = document.getElementById('filter-verdict'); v.value = arguments[1];
                 v.dispatchEvent(new Event('change'));
                 return [...document.querySelectorAll('#ledger-table tbody tr')].filter((r) => !r.hidden).length;",
                vec![json!(chapter), json!(verdict_choice)],
            )
            .map_err(|e| e.to_string())?;
        if shown.as_u64() != Some(want as u64) {
            problems.push(format!("chapter `{chapter}`, verdict `{verdict_choice}`: {shown} rows shown, the ledgers hold {want}"));
        }
    }
    verdict(problems)
}

pub fn screenshots(book: &Book) -> Result<(), String> {
    let session = book.session.lock().map_err(|e| e.to_string())?;
    session.set_viewport(1280, 900).map_err(|e| e.to_string())?;
    let dir = book.built.out.join("screens");
    let mut problems = Vec::new();
    let mut pages: Vec<&str> = chapter_pages(book).map(|(p, _, _)| p.as_str()).collect();
    pages.push("errata.html");
    for page in pages {
        session
            .goto(&book.server.url(page))
            .map_err(|e| e.to_string())?;
        let path = dir.join(page.replace(".html", ".png"));
        match session.screenshot(&path) {
            Ok(path) => {
                let png = fs::read(&path).unwrap_or_default();
                if !png.starts_with(b"\x89PNG\r\n\x1a\n") || png.len() < 1000 {
                    problems.push(format!("{}: not a screenshot", path.display()));
                }
            }
            Err(e) => problems.push(format!("{page}: {e}")),
        }
    }
    println!("screenshots in {}", dir.display());
    verdict(problems)
}
