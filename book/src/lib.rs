//! The rendered book: every chapter's README prose, each claim of its ledger with its verdict
//! and its proof, each demo's two sides with their output, the bench run's figures, and two pages
//! of our own (Errata, Ledger). Built by mdBook's library with an in-process preprocessor of
//! ours, from the tree as it is at build time: nothing the book shows is a copy kept anywhere.

pub mod browser;
mod chapter;
mod claim;
mod demos;
mod links;
mod markdown;
mod pages;
mod preprocess;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::Context;
use mdbook_driver::MDBook;
use mdbook_driver::config::Config;
use xtask::ledger::Ledger;
use xtask::workspace::Workspace;

use chapter::BenchRun;
use demos::DemoRun;
use links::Published;
use pages::Entry;
use preprocess::{MakePage, Textbook};

pub use links::SOURCE_DIR;

/// The front page, the two pages of our own, in the book's sources.
pub const FRONT_PAGE: &str = "index.md";
pub const ERRATA_PAGE: &str = "errata.md";
pub const LEDGER_PAGE: &str = "ledger.md";
/// Where a chapter's chart is published: `figures/<package>/bench.svg`.
pub const FIGURES_DIR: &str = "figures";

#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace whose tree the book is made from.
    pub root: PathBuf,
    /// Where the HTML goes (`target/textbook/book/` by default).
    pub out: PathBuf,
    /// Where the page stubs mdBook reads are written.
    pub stubs: PathBuf,
    /// Where `cargo xtask bench` writes its runs (`<scratch>/<package>/bench.{json,svg}`).
    pub scratch: PathBuf,
    /// Run every demo on both sides (the book then shows their output).
    pub demos: bool,
}

impl Options {
    /// The default places under the workspace's target directory.
    pub fn for_workspace(ws: &Workspace) -> Self {
        let scratch = ws.scratch_dir();
        Options {
            root: ws.root.clone(),
            out: scratch.join("book"),
            stubs: scratch.join("book-src"),
            scratch,
            demos: true,
        }
    }
}

/// What a build made.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    /// Each chapter's page (`ch01-case-for-rust.html`) and its ledger.
    pub chapters: Vec<(String, String, Ledger)>,
    /// The charts published (`figures/<package>/bench.svg`), one per chapter with a bench run.
    pub charts: Vec<String>,
    pub seconds: f64,
}

/// Builds the book from the tree at `options.root` into `options.out`.
pub fn build(options: &Options) -> anyhow::Result<Built> {
    let started = Instant::now();
    let ws = Workspace::at(&options.root);
    let mut entries = Vec::new();
    for chapter in ws.chapters().context("could not list the chapters")? {
        let ledger = Ledger::load(&chapter.ledger_path())?;
        entries.push(Entry { chapter, ledger });
    }
    let demos = if options.demos {
        run_demos(&ws, &entries)?
    } else {
        HashMap::new()
    };
    let mut benches = HashMap::new();
    for e in &entries {
        if let Some(run) = chapter::bench_run(&options.scratch, &e.chapter, &e.ledger)? {
            benches.insert(e.chapter.dir_name.clone(), run);
        }
    }
    write_stubs(&options.stubs, &entries)?;

    let maker = Arc::new(Maker {
        root: options.root.clone(),
        entries,
        demos,
        benches,
        published: Published::new(&options.root),
        ran_demos: options.demos,
    });
    let config_path = options.root.join("book/book.toml");
    let mut config = Config::from_disk(&config_path)
        .with_context(|| format!("could not read {}", config_path.display()))?;
    config.book.src = options.stubs.clone();
    config.build.build_dir = options.out.clone();
    let mut book =
        MDBook::load_with_config(options.root.join("book"), config).with_context(|| {
            format!(
                "mdBook could not load the stubs in {}",
                options.stubs.display()
            )
        })?;
    book.with_preprocessor(Textbook {
        maker: maker.clone(),
    });
    book.build().context("mdBook could not build the book")?;
    publish(&maker, &options.out)?;

    let chapters = maker
        .entries
        .iter()
        .map(|e| {
            (
                chapter::page_name(&e.chapter).replace(".md", ".html"),
                e.chapter.dir_name.clone(),
                e.ledger.clone(),
            )
        })
        .collect();
    Ok(Built {
        out: options.out.clone(),
        chapters,
        charts: maker
            .benches
            .values()
            .map(|run| format!("{FIGURES_DIR}/{}/bench.svg", run.package))
            .collect(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Every chapter's demos, a few chapters at a time (most of the time is the Python twins'
/// start-up, which the cores can overlap).
fn run_demos(ws: &Workspace, entries: &[Entry]) -> anyhow::Result<HashMap<String, Vec<DemoRun>>> {
    let python = xtask::python::ensure(ws, &mut |line| eprintln!("{line}"))
        .context("the demos' Python side needs the textbook's environment")?;
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let next = AtomicUsize::new(0);
    let done = Mutex::new(HashMap::new());
    let failed = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(entry) = entries.get(next.fetch_add(1, Ordering::Relaxed)) {
                    eprintln!(
                        "book: running the demos of {} on both sides",
                        entry.chapter.package
                    );
                    match demos::run(ws, &entry.chapter, &python) {
                        Ok(runs) => {
                            let mut done = done.lock().expect("the demos' results");
                            done.insert(entry.chapter.dir_name.clone(), runs);
                        }
                        Err(error) => failed.lock().expect("the demos' errors").push(error),
                    }
                }
            });
        }
    });
    if let Some(error) = failed.into_inner().expect("the demos' errors").pop() {
        return Err(error);
    }
    Ok(done.into_inner().expect("the demos' results"))
}

/// `SUMMARY.md` and one empty stub per page, which the preprocessor fills.
fn write_stubs(dir: &Path, entries: &[Entry]) -> anyhow::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("could not clear {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    let mut summary = format!("# Summary\n\n[The living textbook]({FRONT_PAGE})\n\n");
    let mut stubs = vec![
        FRONT_PAGE.to_string(),
        ERRATA_PAGE.into(),
        LEDGER_PAGE.into(),
    ];
    for entry in entries {
        let page = chapter::page_name(&entry.chapter);
        summary.push_str(&format!("- [{}]({page})\n", chapter::title(&entry.chapter)));
        stubs.push(page);
    }
    summary.push_str(&format!(
        "\n---\n\n[Errata]({ERRATA_PAGE})\n[Ledger]({LEDGER_PAGE})\n"
    ));
    let put = |name: &str, text: &str| {
        let path = dir.join(name);
        fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))
    };
    put("SUMMARY.md", &summary)?;
    for stub in stubs {
        put(
            &stub,
            "<!-- made by textbook-book's preprocessor from the tree -->\n",
        )?;
    }
    Ok(())
}

/// The tree's files the pages link to, and the charts, beside the pages.
fn publish(maker: &Maker, out: &Path) -> anyhow::Result<()> {
    let copy = |from: &Path, to: &Path| -> anyhow::Result<()> {
        if let Some(dir) = to.parent() {
            fs::create_dir_all(dir)
                .with_context(|| format!("could not create {}", dir.display()))?;
        }
        fs::copy(from, to)
            .with_context(|| format!("could not copy {} to {}", from.display(), to.display()))?;
        Ok(())
    };
    // A proof the ledger names but the tree lacks stays unpublished: its link then fails the
    // browser test, as the ledger check fails the chapter.
    for file in maker.published.files() {
        let from = maker.root.join(&file);
        if from.is_file() {
            copy(
                &from,
                &out.join(SOURCE_DIR).join(links::published_name(&file)),
            )?;
        }
    }
    for entry in &maker.entries {
        if let Some(run) = maker.benches.get(&entry.chapter.dir_name) {
            let to = out.join(FIGURES_DIR).join(&run.package).join("bench.svg");
            copy(&run.chart, &to)?;
        }
    }
    Ok(())
}

/// Makes each page when mdBook's preprocessing asks for it.
struct Maker {
    root: PathBuf,
    entries: Vec<Entry>,
    demos: HashMap<String, Vec<DemoRun>>,
    benches: HashMap<String, BenchRun>,
    published: Published,
    ran_demos: bool,
}

impl MakePage for Maker {
    fn make(&self, path: &str) -> Option<anyhow::Result<String>> {
        let page_of = |dir: &str| {
            let dir = dir.strip_prefix("chapters/")?;
            self.entries
                .iter()
                .find(|e| e.chapter.dir_name == dir)
                .map(|e| chapter::page_name(&e.chapter))
        };
        match path {
            FRONT_PAGE => Some(pages::front(
                &self.root,
                &self.entries,
                &self.published,
                &page_of,
            )),
            ERRATA_PAGE => Some(Ok(pages::errata(
                &self.root,
                &self.entries,
                &self.published,
                &self.benches,
            ))),
            LEDGER_PAGE => Some(Ok(pages::ledger(&self.entries))),
            _ => {
                let entry = self
                    .entries
                    .iter()
                    .find(|e| chapter::page_name(&e.chapter) == path)?;
                let dir = &entry.chapter.dir_name;
                let has_benches = entry.chapter.dir.join("benches.toml").is_file();
                Some(chapter::page(&chapter::Parts {
                    root: &self.root,
                    chapter: &entry.chapter,
                    ledger: &entry.ledger,
                    demos: self
                        .ran_demos
                        .then(|| self.demos.get(dir).map_or(&[][..], Vec::as_slice)),
                    bench: self.benches.get(dir),
                    has_benches,
                    published: &self.published,
                    page_of: &page_of,
                }))
            }
        }
    }
}
