//! The pages that are no chapter: the front page, the Errata (every claim whose verdict is not
//! `holds`, to read aloud) and the Ledger (every claim, filterable, with the counts).

use std::collections::{BTreeMap, HashMap};
use std::fs;

use xtask::ledger::{Kind, Ledger, Verdict};
use xtask::workspace::Chapter;

use crate::chapter::{BenchRun, page_name, title};
use crate::claim::{self, Context, evidence};
use crate::links::{self, Published};
use crate::markdown::{cell, claim_anchor, escape};

/// A chapter and its ledger, as the book holds them.
#[derive(Debug)]
pub struct Entry {
    pub chapter: Chapter,
    pub ledger: Ledger,
}

const KINDS: [Kind; 6] = [
    Kind::CompileFail,
    Kind::Runtime,
    Kind::Typecheck,
    Kind::Measure,
    Kind::Cited,
    Kind::NotHere,
];
const VERDICTS: [Verdict; 3] = [Verdict::Holds, Verdict::Refined, Verdict::Erratum];

/// The root README, then how to run each kind of proof.
pub fn front(
    root: &std::path::Path,
    entries: &[Entry],
    published: &Published,
    page_of: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<String> {
    let readme = fs::read_to_string(root.join("README.md"))
        .map_err(|e| anyhow::anyhow!("cannot read README.md: {e}"))?;
    let mut out = links::rewrite(&readme, "", root, published, page_of);
    let claims: usize = entries.iter().map(|e| e.ledger.claims.len()).sum();
    out.push_str(&format!(
        "\n\n## Running every proof of this book\n\n\
         This book shows {claims} claims of {} chapters, each with the proof that runs in the \
         repository. Every page is built from the tree as it is (the chapter READMEs, the ledgers, \
         the ui tests with rustc's recorded output, the mypy cases with mypy's); nothing here is a \
         copy. From a clone:\n\n\
         | to prove | run |\n|---|---|\n\
         | every claim of every chapter, both sides (what CI runs) | `cargo xtask test` |\n\
         | the claims of one chapter | `cargo xtask test 1` |\n\
         | a compile-fail claim: rustc's output against the recorded `.stderr` | `cargo test -p chapter-01 --test ui` (`TRYBUILD=overwrite` re-records it) |\n\
         | a Rust runtime claim: its test, by name | `cargo test -p chapter-01 --test <file> <test name>` |\n\
         | a Python runtime claim: its pytest, by name | `cd python_equivalents && ../target/textbook/venv/bin/python -m pytest <file>::<test>` |\n\
         | a typecheck claim: mypy's output against the recorded `.mypy.txt` | `cargo test -p textbook-checks` (`TYPECHECK=overwrite` re-records it) |\n\
         | a measured claim, on your machine | `cargo xtask bench 1` |\n\
         | a demo, both sides, with the verdicts it illustrates | `cargo xtask run 1` |\n\
         | this book, in a real browser | `cargo xtask book --open`, and `cargo xtask test` checks it |\n\n\
         The [Errata](errata.md) gather every claim the lecture gets wrong or too simply; the \
         [Ledger](ledger.md) lists every claim with its verdict and kind.\n",
        entries.len()
    ));
    Ok(out)
}

/// `benches` maps a chapter's folder name to the bench run its page shows, so that a measured
/// erratum shows the same figures here as on its chapter's page.
pub fn errata(
    root: &std::path::Path,
    entries: &[Entry],
    published: &Published,
    benches: &HashMap<String, BenchRun>,
) -> String {
    let count = |v: Verdict| -> usize {
        entries
            .iter()
            .flat_map(|e| &e.ledger.claims)
            .filter(|c| c.verdict == v)
            .count()
    };
    let mut out = format!(
        "# Errata\n\nWhere the lecture is wrong ({} errata) or true only with a qualification ({} \
         refined), chapter by chapter, each with what is true and the proof that shows it. Read \
         them aloud.\n\n",
        count(Verdict::Erratum),
        count(Verdict::Refined)
    );
    for entry in entries {
        let wrong: Vec<_> = entry
            .ledger
            .claims
            .iter()
            .filter(|c| c.verdict != Verdict::Holds)
            .collect();
        if wrong.is_empty() {
            continue;
        }
        let page = page_name(&entry.chapter);
        out.push_str(&format!(
            "## {}\n\nEvery claim of the chapter is on [its page]({page}).\n\n",
            title(&entry.chapter)
        ));
        let cx = Context {
            root,
            chapter_dir: &entry.chapter.dir_name,
            chapter_number: entry.chapter.number,
            published,
            bench_report: benches
                .get(&entry.chapter.dir_name)
                .map(|b| b.report.as_str()),
            page: &page,
        };
        for claim in wrong {
            out.push_str(&claim::block(claim, &cx, "errata-"));
        }
    }
    out
}

pub fn ledger(entries: &[Entry]) -> String {
    let mut out = String::from(
        "# Ledger\n\nEvery claim of every chapter, its verdict and how it is known. Choose a chapter, \
         a verdict or a kind to see only those; the counts below are the whole book's.\n\n",
    );
    out.push_str("| chapter | claims | holds | refined | erratum |\n|---|---:|---:|---:|---:|\n");
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for entry in entries {
        let claims = &entry.ledger.claims;
        let n = |v: Verdict| claims.iter().filter(|c| c.verdict == v).count();
        out.push_str(&format!(
            "| [{}]({}) | {} | {} | {} | {} |\n",
            cell(&title(&entry.chapter)),
            page_name(&entry.chapter),
            claims.len(),
            n(Verdict::Holds),
            n(Verdict::Refined),
            n(Verdict::Erratum)
        ));
        for claim in claims {
            *kinds.entry(claim.kind.to_string()).or_default() += 1;
        }
    }
    let all: Vec<_> = entries.iter().flat_map(|e| &e.ledger.claims).collect();
    let n = |v: Verdict| all.iter().filter(|c| c.verdict == v).count();
    out.push_str(&format!(
        "| **all chapters** | **{}** | **{}** | **{}** | **{}** |\n",
        all.len(),
        n(Verdict::Holds),
        n(Verdict::Refined),
        n(Verdict::Erratum)
    ));
    out.push_str("\n| kind | claims |\n|---|---:|\n");
    for kind in KINDS {
        let n = kinds.get(&kind.to_string()).copied().unwrap_or(0);
        let label = match evidence(kind) {
            "proven" => format!("{kind} (proven by a run)"),
            _ => kind.to_string(),
        };
        out.push_str(&format!("| {label} | {n} |\n"));
    }
    out.push_str(&filters(entries));
    out.push_str(
        "\n<div id=\"ledger-table\">\n\n| chapter | claim | verdict | kind | the lecture says |\n|---|---|---|---|---|\n",
    );
    for entry in entries {
        for claim in &entry.ledger.claims {
            out.push_str(&format!(
                "| {} | [`{}`]({}#{}) | <span class=\"badge verdict {v}\">{v}</span> | {} | {} |\n",
                entry.chapter.number,
                claim.id,
                page_name(&entry.chapter),
                claim_anchor(&entry.chapter.dir_name, &claim.id),
                claim.kind,
                cell(claim.says.trim()),
                v = claim.verdict,
            ));
        }
    }
    out.push_str("\n</div>\n");
    out
}

/// The three choices the ledger page's script filters the table by.
fn filters(entries: &[Entry]) -> String {
    let select = |id: &str, label: &str, options: Vec<(String, String)>| {
        let mut html =
            format!("<label>{label} <select id=\"{id}\"><option value=\"\">all</option>");
        for (value, text) in options {
            html.push_str(&format!(
                "<option value=\"{}\">{}</option>",
                escape(&value),
                escape(&text)
            ));
        }
        html.push_str("</select></label>\n");
        html
    };
    let chapters = entries
        .iter()
        .map(|e| (e.chapter.number.to_string(), title(&e.chapter)))
        .collect();
    let verdicts = VERDICTS
        .iter()
        .map(|v| (v.to_string(), v.to_string()))
        .collect();
    let kinds = KINDS
        .iter()
        .map(|k| (k.to_string(), k.to_string()))
        .collect();
    format!(
        "\n<div class=\"ledger-filters\">\n{}{}{}<span id=\"ledger-shown\"></span>\n</div>\n",
        select("filter-chapter", "chapter", chapters),
        select("filter-verdict", "verdict", verdicts),
        select("filter-kind", "kind", kinds),
    )
}
