//! Each demo of a chapter, run on both sides when the book is built: the output a reader sees
//! beside the code is the output of this tree, this day.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::Context;
use xtask::pair;
use xtask::process::Job;
use xtask::python::PythonEnv;
use xtask::workspace::{Chapter, Demo, Workspace};

const DEMO_TIMEOUT: Duration = Duration::from_secs(120);

/// One demo, both sides: where its code is and what each side printed.
#[derive(Debug, Clone)]
pub struct DemoRun {
    pub name: String,
    /// The Rust code a reader should read: the section module the binary calls (its `demo`), or
    /// the binary itself when it calls none.
    pub rust_source: String,
    pub python_source: Option<String>,
    /// What the side printed, or why it could not run (the page shows either).
    pub rust_output: Result<String, String>,
    pub python_output: Option<Result<String, String>>,
}

/// Builds the chapter's demos and runs each of them on both sides, in lecture order. A demo
/// that does not build or run is shown failing, with its error, rather than hiding the book:
/// `cargo xtask test` fails on it in the chapter's own step, and the browser test names it.
pub fn run(ws: &Workspace, chapter: &Chapter, python: &PythonEnv) -> anyhow::Result<Vec<DemoRun>> {
    let built = pair::build(ws, chapter, false)
        .with_context(|| format!("could not build the demos of {}", chapter.package))
        .map_err(|e| format!("{e:#}"));
    let ledger = xtask::ledger::Ledger::load(&chapter.ledger_path())?;
    let mut demos = chapter.demos()?;
    ledger.sort_demos(&mut demos);
    Ok(demos
        .iter()
        .map(|demo| run_one(ws, chapter, python, demo, built.as_ref().err()))
        .collect())
}

fn run_one(
    ws: &Workspace,
    chapter: &Chapter,
    python: &PythonEnv,
    demo: &Demo,
    build_failed: Option<&String>,
) -> DemoRun {
    let rust_output = match build_failed {
        Some(why) => Err(why.clone()),
        None => {
            let mut rust = Command::new(pair::rust_binary(ws, demo, false));
            rust.current_dir(&ws.root);
            output(&format!("the Rust demo `{}`", demo.name), rust)
        }
    };
    let python_output = demo.python.as_ref().map(|_| {
        let module = format!("{}.{}", chapter.python_module(), demo.name);
        let command = python.command(["-m", &module]);
        output(&format!("the Python twin `{module}`"), command)
    });
    DemoRun {
        name: demo.name.clone(),
        rust_source: ws.relative(&section_module(chapter, &demo.rust)),
        python_source: demo.python.as_deref().map(|p| ws.relative(p)),
        rust_output,
        python_output,
    }
}

/// What a demo printed, both streams as a person would have seen them; a demo that fails is an
/// error, never shown as if it were the lecture's result.
fn output(label: &str, command: Command) -> Result<String, String> {
    let shown = xtask::process::describe(&command);
    let done = Job::new(label.to_string(), command, DEMO_TIMEOUT)
        .merged()
        .run()
        .map_err(|e| format!("{label} could not run: {e}"))?;
    if !done.success() {
        return Err(format!("{label} failed (`{shown}`):\n{}", done.combined()));
    }
    Ok(done.combined())
}

/// `src/bin/type_errors.rs` calls `chapter_01::types::demo`: the code is in `src/types.rs`.
fn section_module(chapter: &Chapter, binary: &Path) -> std::path::PathBuf {
    let text = fs::read_to_string(binary).unwrap_or_default();
    let crate_name = chapter.package.replace('-', "_");
    let module = text
        .split(&format!("{crate_name}::"))
        .nth(1)
        .and_then(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            rest[name.len()..].starts_with("::demo").then_some(name)
        });
    match module {
        Some(name) if chapter.dir.join("src").join(format!("{name}.rs")).is_file() => {
            chapter.dir.join("src").join(format!("{name}.rs"))
        }
        Some(name) if chapter.dir.join("src").join(&name).join("mod.rs").is_file() => {
            chapter.dir.join("src").join(name).join("mod.rs")
        }
        _ => binary.to_path_buf(),
    }
}
