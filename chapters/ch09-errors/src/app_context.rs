//! Beyond the lecture, which promises `anyhow` in its goals and never shows it: an application's
//! errors with context that names the file. Twin: python_equivalents/ch09_errors/app_context.py
use std::fs;
use std::io;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use textbook_report::Report;

#[derive(Debug, Deserialize, PartialEq)]
pub struct Settings {
    pub port: u16,
}

/// Library errors of two types (`io::Error`, `serde_json::Error`) and one of our own, all
/// carried by one `anyhow::Error`, each with a sentence saying what was being done.
pub fn load_settings(path: &str) -> Result<Settings> {
    let text = fs::read_to_string(path).with_context(|| format!("reading settings {path}"))?;
    let settings: Settings =
        serde_json::from_str(&text).with_context(|| format!("parsing settings {path}"))?;
    if settings.port < 1024 {
        bail!("settings {path}: port {} is privileged", settings.port);
    }
    Ok(settings)
}

/// The whole chain on one line, as `{:#}` prints it: outermost context first.
pub fn one_line(error: &anyhow::Error) -> String {
    format!("{error:#}")
}

/// The `io::ErrorKind` at the root of the chain, if the root is an `io::Error`: the original
/// error is kept, not just its text.
pub fn root_io_kind(error: &anyhow::Error) -> Option<io::ErrorKind> {
    error
        .root_cause()
        .downcast_ref::<io::Error>()
        .map(io::Error::kind)
}

/// A path that does not exist on any machine this runs on, so that messages are reproducible.
pub const MISSING: &str = "/nonexistent/ch09/settings.json";

/// The environment variable naming the settings file the `app_context` demo's `main` loads
/// after the demo; when the load fails, the error leaves `main` (tests/app_context.rs).
pub const SETTINGS: &str = "CH09_SETTINGS";

pub fn demo(report: &Report) {
    report.say("`with_context` names the file; the io::Error stays inside as the cause:");
    match load_settings(MISSING) {
        Ok(settings) => report.result("missing_settings", settings.port),
        Err(e) => {
            report.contrast(
                "missing_settings",
                one_line(&e),
                "anyhow/context-names-the-file",
            );
            report.contrast(
                "root_cause_kind",
                format!("{:?}", root_io_kind(&e)),
                "anyhow/cause-kept",
            );
            report.result("chain_length", e.chain().count());
        }
    }
}
