//! The ? operator: the lecture's `read_username` and `greet`, and its `process_file` chain made
//! whole (its `Data`, `AppError`, `validate` and `transform` are the ones the block leaves out).
//! Twin: python_equivalents/ch09_errors/question_mark.py
use std::fs;
use std::io;
use std::path::Path;

use serde_json::Value;
use textbook_report::{Report, rejected};

use crate::scratch::Scratch;

/// The lecture's `read_username`, reading `config.txt` in the current directory.
pub fn read_username() -> Result<String, io::Error> {
    read_username_from(Path::new("config.txt"))
}

/// The same function with the file as a parameter, so that tests need not change directory.
pub fn read_username_from(path: &Path) -> Result<String, io::Error> {
    let contents = fs::read_to_string(path)?;
    // `lines` strips the line ending only; Python's `readline().strip()` strips all whitespace.
    Ok(contents.lines().next().unwrap_or("").to_string())
}

/// The lecture's `greet`, returning the line it would print (a test sees whether it is reached).
pub fn greet_from(path: &Path) -> Result<String, io::Error> {
    let name = read_username_from(path)?;
    Ok(format!("Hello, {name}!"))
}

/// The lecture's `greet`, printing: to `out`, so that a test can see that nothing was printed
/// when `?` returned early (the program would pass `&mut io::stdout()`).
pub fn greet(path: &Path, out: &mut impl io::Write) -> Result<(), io::Error> {
    let line = greet_from(path)?;
    writeln!(out, "{line}")
}

/// What `process_file` produces when every step succeeds.
#[derive(Debug, PartialEq)]
pub struct Data {
    pub name: String,
    pub retries: u64,
}

/// One variant per step that can fail; `?` reaches each through a `From` impl (`#[from]`).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("reading: {0}")]
    Io(#[from] io::Error),
    #[error("parsing: {0}")]
    Json(#[from] serde_json::Error),
    #[error("validating: {0}")]
    Validation(String),
    #[error("transforming: {0}")]
    Transform(String),
}

impl AppError {
    /// The step that stopped the chain.
    pub fn step(&self) -> &'static str {
        match self {
            AppError::Io(_) => "read",
            AppError::Json(_) => "parse",
            AppError::Validation(_) => "validate",
            AppError::Transform(_) => "transform",
        }
    }
}

/// A validated document: an object with a string `name` and a numeric `retries`.
#[derive(Debug)]
pub struct Validated<'a> {
    name: &'a str,
    retries: &'a Value,
}

pub fn validate(data: &Value) -> Result<Validated<'_>, AppError> {
    let name = data["name"]
        .as_str()
        .ok_or_else(|| AppError::Validation("`name` must be a string".into()))?;
    let retries = data
        .get("retries")
        .ok_or_else(|| AppError::Validation("`retries` is missing".into()))?;
    Ok(Validated { name, retries })
}

pub fn transform(validated: &Validated<'_>) -> Result<Data, AppError> {
    let retries = validated.retries.as_u64().ok_or_else(|| {
        AppError::Transform(format!("retries {} is not a count", validated.retries))
    })?;
    Ok(Data {
        name: validated.name.to_uppercase(),
        retries,
    })
}

/// The lecture's chain: four steps, four visible exits.
pub fn process_file(path: &str) -> Result<Data, AppError> {
    let text = fs::read_to_string(path)?;
    let json: Value = serde_json::from_str(&text)?;
    let checked = validate(&json)?;
    let data = transform(&checked)?;
    Ok(data)
}

/// What the demo prints for one chain: the data, or the step that stopped it.
pub fn chain_outcome(result: &Result<Data, AppError>) -> String {
    match result {
        Ok(data) => format!("{} x{}", data.name, data.retries),
        Err(e) => format!("stopped at {}", e.step()),
    }
}

/// The process_file inputs of the demo and the tests, one per exit of the chain.
pub const DOCUMENTS: [(&str, &str); 4] = [
    ("chain_ok", r#"{"name": "ferris", "retries": 3}"#),
    ("chain_not_json", "name: ferris"),
    ("chain_invalid", r#"{"name": 7, "retries": 3}"#),
    (
        "chain_untransformable",
        r#"{"name": "ferris", "retries": -1}"#,
    ),
];

pub fn demo(report: &Report) {
    let Ok(scratch) = Scratch::new("question-mark") else {
        report.say("(no temporary directory: nothing to read)");
        return;
    };
    report.say("`read_username`: the first line of the file, or the io::Error, passed up by `?`:");
    if let Ok(path) = scratch.file("config.txt", "alice\nbob\n") {
        report.result(
            "username",
            format!("{:?}", read_username_from(&path).unwrap_or_default()),
        );
    }
    if let Ok(path) = scratch.file("padded.txt", "  alice  \n") {
        report.contrast(
            "username_padded",
            format!("{:?}", read_username_from(&path).unwrap_or_default()),
            "qm/first-line-not-stripped",
        );
    }
    let missing = scratch.missing("config.txt.missing");
    let skipped = match greet_from(&missing) {
        Ok(line) => format!("printed {line:?}"),
        Err(e) => format!("greet returned Err({:?}) before printing", e.kind()),
    };
    report.contrast("greet_missing", skipped, "qm/propagates-like-exceptions");

    report.say("\n`process_file`: four `?`, four ways out, one error type:");
    report.result(
        "chain_missing",
        chain_outcome(&process_file(&missing.to_string_lossy())),
    );
    for (case, text) in DOCUMENTS {
        if let Ok(path) = scratch.file(&format!("{case}.json"), text) {
            report.result(case, chain_outcome(&process_file(&path.to_string_lossy())));
        }
    }

    report.say("\nA `?` whose error has no `From` into the function's error type is refused:");
    report.contrast(
        "question_mark_without_from",
        rejected(include_str!(
            "../tests/ui/question_mark/no-from-for-the-error.stderr"
        )),
        "qm/each-question-mark-converts",
    );
}
