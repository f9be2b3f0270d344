//! The promises that need the browser again after the visit: searching, resizing, filtering and
//! photographing drive the page, so each takes the one session in turn (the trials run one at a
//! time) instead of reading what the visit recorded.

use std::collections::BTreeSet;
use std::fs;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use xtask::ledger::Verdict;

use super::{chapter_pages, verdict};
use crate::Book;

/// How long the search script may take to show its results (a wait, not a measurement).
const SEARCH_WAIT: Duration = Duration::from_secs(20);

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
