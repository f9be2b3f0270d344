//! One visit of every page of the built book: what each page holds, as the browser sees it.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use textbook_book::browser::serve::Server;
use textbook_book::browser::webdriver::Session;

/// What a page showed the browser.
#[derive(Debug, Clone)]
pub struct Page {
    pub console_errors: Vec<String>,
    /// Every link's resolved `href`.
    pub links: Vec<String>,
    pub ids: Vec<String>,
    pub claims: Vec<ClaimSeen>,
    /// Each image's `src` and whether it loaded (complete, natural width > 0).
    pub images: Vec<(String, bool)>,
    /// The demos' sides that did not run, by demo.
    pub failed_demos: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ClaimSeen {
    pub claim: String,
    pub verdict: String,
    pub badge: String,
    pub badge_visible: bool,
    pub stderr: Vec<String>,
}

const COLLECT: &str = r#"
const visible = (e) => {
    if (!e) return false;
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none";
};
return {
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
    claims: [...document.querySelectorAll(".claim[data-claim]")].map((c) => {
        const badge = c.querySelector(".badge.verdict");
        return {
            claim: c.dataset.claim,
            verdict: c.dataset.verdict,
            badge: badge ? badge.textContent.trim() : "",
            badge_visible: visible(badge),
            stderr: [...c.querySelectorAll(".stderr pre")].map((p) => p.textContent),
        };
    }),
    images: [...document.images].map((i) => [i.src, i.complete && i.naturalWidth > 0]),
    failed_demos: [...document.querySelectorAll(".demo-failed")].map((f) => {
        const pair = f.closest(".pair");
        const heading = pair && pair.previousElementSibling;
        return heading ? heading.textContent.trim() : "?";
    }),
};
"#;

/// Every HTML page at the top of the book, by file name.
pub fn page_names(out: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(out)
        .map(|dir| {
            dir.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".html"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

pub fn visit_all(
    session: &Session,
    server: &Server,
    names: &[String],
) -> Result<BTreeMap<String, Page>, String> {
    let mut pages = BTreeMap::new();
    // What an earlier test left in the log is not this run's.
    session.console_errors().map_err(|e| e.to_string())?;
    for name in names {
        session
            .goto(&server.url(name))
            .map_err(|e| format!("{name}: {e}"))?;
        let seen = session
            .execute(COLLECT, vec![])
            .map_err(|e| format!("{name}: {e}"))?;
        let console_errors = session.console_errors().map_err(|e| e.to_string())?;
        pages.insert(name.clone(), page(&seen, console_errors));
    }
    Ok(pages)
}

fn page(seen: &Value, console_errors: Vec<String>) -> Page {
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    Page {
        console_errors,
        links: strings(&seen["links"]),
        ids: strings(&seen["ids"]),
        claims: seen["claims"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|c| ClaimSeen {
                claim: text(&c["claim"]),
                verdict: text(&c["verdict"]),
                badge: text(&c["badge"]),
                badge_visible: c["badge_visible"] == true,
                stderr: strings(&c["stderr"]),
            })
            .collect(),
        images: seen["images"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|i| (text(&i[0]), i[1] == true))
            .collect(),
        failed_demos: strings(&seen["failed_demos"]),
    }
}
