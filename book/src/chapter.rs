//! A chapter's page: the README's prose as it is in the tree (its links made to work in the
//! book), the ledger's table replaced by one block per claim, each demo's two sides, and the
//! figures of a bench run.

use std::fs;
use std::path::{Path, PathBuf};

use xtask::ledger::Ledger;
use xtask::workspace::Chapter;

use crate::claim::{self, Context};
use crate::demos::DemoRun;
use crate::links::{self, Published};
use crate::markdown::fenced;

const LEDGER_START: &str = "<!-- ledger:start";
const LEDGER_END: &str = "<!-- ledger:end -->";

/// A bench run the book shows: the report's Markdown and where its chart is.
#[derive(Debug, Clone)]
pub struct BenchRun {
    /// The run's `bench.json` rendered with the chapter's ledger as it is at build time.
    pub report: String,
    pub chart: PathBuf,
    pub package: String,
    /// Where the run comes from, for the reader.
    pub origin: String,
}

/// The bench run a chapter's page shows: a local run of `cargo xtask bench` under
/// `<scratch>/<package>/` if there is one, else the reference run committed in the chapter's
/// `reference/` folder (`bench.json` and `bench.svg`, recorded on a named machine), else none.
/// Either is rendered from its `bench.json` with `ledger`, the chapter's as it is now: what the
/// lecture says, the ledger's verdicts and notes are never the ones of the day it was measured.
/// A local run this xtask cannot read (written by an older one) is passed over, and the page
/// says so; a reference run it cannot read is an error (the ledger check names it too).
pub fn bench_run(
    scratch: &Path,
    chapter: &Chapter,
    ledger: &Ledger,
) -> anyhow::Result<Option<BenchRun>> {
    let local_dir = scratch.join(&chapter.package);
    let local = format!(
        "a local run of `cargo xtask bench {}` on this machine (`target/textbook/{}/bench.json`), \
         which replaces the chapter's reference run in this build",
        chapter.number, chapter.package
    );
    let passed_over = match read_run(&local_dir, chapter, ledger, local) {
        Ok(Some(run)) => return Ok(Some(run)),
        Ok(None) => String::new(),
        Err(e) => format!(
            " (the local run in `target/textbook/{}/` is not shown: {e}; `cargo xtask bench {}` \
             measures again)",
            chapter.package, chapter.number
        ),
    };
    let reference = format!(
        "the chapter's reference run, committed in `chapters/{}/{REFERENCE_DIR}/bench.json` with \
         the machine it was measured on; `cargo xtask bench {}` measures yours, and the next \
         build shows that run instead{passed_over}",
        chapter.dir_name, chapter.number
    );
    read_run(&chapter.dir.join(REFERENCE_DIR), chapter, ledger, reference)
        .map_err(|e| anyhow::anyhow!("the reference run of {}: {e}", chapter.package))
}

/// The chapter folder that holds its committed reference bench run.
pub const REFERENCE_DIR: &str = xtask::bench::REFERENCE_DIR;

/// The run in `dir` (`bench.json` beside `bench.svg`), rendered; `None` when there is none.
fn read_run(
    dir: &Path,
    chapter: &Chapter,
    ledger: &Ledger,
    origin: String,
) -> Result<Option<BenchRun>, xtask::bench::BenchError> {
    let json = dir.join("bench.json");
    let chart = dir.join("bench.svg");
    if !json.is_file() || !chart.is_file() {
        return Ok(None);
    }
    let report = xtask::bench::markdown(&xtask::bench::read(&json)?, ledger);
    Ok(Some(BenchRun {
        report,
        origin,
        chart,
        package: chapter.package.clone(),
    }))
}

/// The page's file name in the book's sources: `ch01-case-for-rust.md`.
pub fn page_name(chapter: &Chapter) -> String {
    format!("{}.md", chapter.dir_name)
}

/// The chapter's title: the README's first heading.
pub fn title(chapter: &Chapter) -> String {
    fs::read_to_string(chapter.readme_path())
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("# ").map(|t| t.trim().to_string()))
        })
        .unwrap_or_else(|| format!("Chapter {}", chapter.number))
}

/// What the page of one chapter is made from.
pub struct Parts<'a> {
    pub root: &'a Path,
    pub chapter: &'a Chapter,
    pub ledger: &'a Ledger,
    pub demos: Option<&'a [DemoRun]>,
    pub bench: Option<&'a BenchRun>,
    pub has_benches: bool,
    pub published: &'a Published,
    pub page_of: &'a dyn Fn(&str) -> Option<String>,
}

impl std::fmt::Debug for Parts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parts")
            .field("chapter", &self.chapter.dir_name)
            .finish_non_exhaustive()
    }
}

pub fn page(parts: &Parts) -> anyhow::Result<String> {
    let chapter = parts.chapter;
    let readme_path = chapter.readme_path();
    let readme = fs::read_to_string(&readme_path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", readme_path.display()))?;
    let base = format!("chapters/{}", chapter.dir_name);
    let page = page_name(chapter);
    let cx = Context {
        root: parts.root,
        chapter_dir: &chapter.dir_name,
        chapter_number: chapter.number,
        published: parts.published,
        bench_report: parts.bench.map(|b| b.report.as_str()),
        page: &page,
    };
    let claims: String = parts
        .ledger
        .claims
        .iter()
        .map(|c| claim::block(c, &cx, ""))
        .collect();

    let mut out = String::new();
    match split_ledger(&readme) {
        Some((before, after)) => {
            out.push_str(&links::rewrite(
                before,
                &base,
                parts.root,
                parts.published,
                parts.page_of,
            ));
            out.push_str(&format!("\n\n{claims}\n"));
            out.push_str(&links::rewrite(
                after,
                &base,
                parts.root,
                parts.published,
                parts.page_of,
            ));
        }
        None => {
            out.push_str(&links::rewrite(
                &readme,
                &base,
                parts.root,
                parts.published,
                parts.page_of,
            ));
            out.push_str(&format!("\n\n## The claims\n\n{claims}\n"));
        }
    }
    out.push_str(&demos_section(chapter, parts.demos, parts.published));
    if parts.has_benches {
        out.push_str(&figures_section(chapter, parts.bench));
    }
    Ok(out)
}

/// The README around its generated ledger table, which the claim blocks replace.
fn split_ledger(readme: &str) -> Option<(&str, &str)> {
    let start = readme.find(LEDGER_START)?;
    let end = readme[start..].find(LEDGER_END)? + start + LEDGER_END.len();
    Some((&readme[..start], &readme[end..]))
}

fn demos_section(chapter: &Chapter, demos: Option<&[DemoRun]>, published: &Published) -> String {
    let mut out = String::from("\n\n## The demos, side by side\n\n");
    let Some(demos) = demos else {
        out.push_str(&format!(
            "This build did not run the demos (`--no-demos`); `cargo xtask run {}` runs them.\n\n",
            chapter.number
        ));
        return out;
    };
    out.push_str(&format!(
        "Each demo ran on both sides when this book was built; `cargo xtask run {}` runs them again.\n\n",
        chapter.number
    ));
    for demo in demos {
        out.push_str(&format!("### `{}`\n\n<div class=\"pair\">\n", demo.name));
        out.push_str(&side(
            "Rust",
            "rust",
            &demo.rust_source,
            &demo.rust_output,
            published,
        ));
        match (&demo.python_source, &demo.python_output) {
            (Some(source), Some(output)) => {
                out.push_str(&side("Python", "python", source, output, published));
            }
            _ => out.push_str(
                "<div class=\"side python\">\n\n**Python**: this demo has no twin.\n\n</div>\n",
            ),
        }
        out.push_str("</div>\n\n");
    }
    out
}

fn side(
    label: &str,
    lang: &str,
    source: &str,
    output: &Result<String, String>,
    published: &Published,
) -> String {
    let code = fs::read_to_string(published.root().join(source)).unwrap_or_default();
    let output = match output {
        Ok(text) => fenced("text", text),
        Err(why) => format!(
            "<div class=\"demo-failed\">\n\n**It did not run:**\n\n{}\n</div>\n",
            fenced("text", why)
        ),
    };
    format!(
        "<div class=\"side {lang}\">\n\n**{label}**: [`{source}`]({})\n\n{output}\n<details><summary>the code</summary>\n\n{}\n</details>\n\n</div>\n",
        published.link(source),
        fenced(lang, &code),
    )
}

fn figures_section(chapter: &Chapter, bench: Option<&BenchRun>) -> String {
    let mut out = String::from("\n\n## Figures\n\n");
    match bench {
        Some(run) => {
            out.push_str(&format!(
                "This build shows {}.\n\n![The benchmarks of {}, both sides](figures/{}/bench.svg)\n\n{}\n",
                run.origin, chapter.package, chapter.package, run.report
            ));
        }
        None => out.push_str(&format!(
            "This build shows no bench run: there is no local run under `target/textbook/`, and no \
             reference run is committed in the chapter's `{REFERENCE_DIR}/` folder (the README's \
             figures, above, are the recorded ones). `cargo xtask bench {}` measures them on this \
             machine, and the next `cargo xtask book` shows that run here, with its chart.\n\n",
            chapter.number
        )),
    }
    out
}
