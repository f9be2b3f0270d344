//! Exceptions vs Result: the lecture's `load_config` and `divide`, and what reading a file that
//! is missing or unreadable returns. Twin: python_equivalents/ch09_errors/load_config.py
use std::fs;
use std::path::Path;

use serde_json::Value;
use textbook_report::{Report, rejected};

use crate::scratch::Scratch;

/// The lecture's error type: one variant per way `load_config` can fail, each carrying a message.
#[derive(Debug)]
pub enum ConfigError {
    FileError(String),
    ParseError(String),
    MissingField(String),
}

impl ConfigError {
    /// The variant and its message. (Reading the fields here is what keeps rustc's dead-code lint
    /// quiet: the lecture's block alone compiles with "field `0` is never read" three times,
    /// because a derived `Debug` does not count as a read.)
    pub fn describe(&self) -> String {
        match self {
            ConfigError::FileError(message) => format!("FileError: {message}"),
            ConfigError::ParseError(message) => format!("ParseError: {message}"),
            ConfigError::MissingField(field) => format!("MissingField: {field}"),
        }
    }

    pub fn variant(&self) -> &'static str {
        match self {
            ConfigError::FileError(_) => "FileError",
            ConfigError::ParseError(_) => "ParseError",
            ConfigError::MissingField(_) => "MissingField",
        }
    }
}

/// The lecture's `load_config`: every failure is a value in the return type, and each step's
/// error is turned into the matching `ConfigError` variant, keeping only its text.
pub fn load_config(path: &str) -> Result<Value, ConfigError> {
    let text = fs::read_to_string(path).map_err(|err| ConfigError::FileError(err.to_string()))?;
    let config: Value =
        serde_json::from_str(&text).map_err(|err| ConfigError::ParseError(err.to_string()))?;
    match config.get("version") {
        Some(_) => Ok(config),
        None => Err(ConfigError::MissingField(String::from("version"))),
    }
}

/// What the demo prints for one call: the version found, or the variant of the error.
pub fn outcome(result: &Result<Value, ConfigError>) -> String {
    match result {
        Ok(data) => format!("version {}", data["version"]),
        Err(e) => format!("Err({})", e.variant()),
    }
}

/// The lecture's `divide`: the division by zero is refused by a check, not by the hardware.
pub fn divide(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        return Err(String::from("Division by zero"));
    }
    Ok(a / b)
}

/// How the lecture handles a `divide` result: both arms, written out.
pub fn show_division(result: Result<f64, String>) -> String {
    match result {
        Ok(result) => format!("Result: {result}"),
        Err(msg) => format!("Error: {msg}"),
    }
}

/// The `io::ErrorKind` of reading `path` as text, or "read" when it succeeds.
pub fn read_kind(path: &Path) -> String {
    match fs::read_to_string(path) {
        Ok(_) => "read".to_string(),
        Err(e) => format!("{:?}", e.kind()),
    }
}

/// The configuration files the demo and the tests feed `load_config`, by case name.
pub const CONFIGS: [(&str, &[u8]); 6] = [
    ("config_valid", br#"{"version": 1, "name": "demo"}"#),
    ("config_not_json", b"version = 1"),
    ("config_no_version", br#"{"name": "demo"}"#),
    ("config_a_list", br#"["version"]"#),
    ("config_a_number", b"5"),
    ("config_not_utf8", b"{\"version\": \"\xff\"}"),
];

pub fn demo(report: &Report) {
    let Ok(scratch) = Scratch::new("load-config") else {
        report.say("(no temporary directory: nothing to read)");
        return;
    };
    report.say("`load_config` on six files, a missing path and a directory; every failure is an Err value:");
    let missing = scratch.missing("config.json");
    report.contrast(
        "config_missing",
        outcome(&load_config(&missing.to_string_lossy())),
        "python/load-config-as-printed",
    );
    for (case, contents) in CONFIGS {
        let Ok(path) = scratch.file(&format!("{case}.json"), contents) else {
            continue;
        };
        let result = outcome(&load_config(&path.to_string_lossy()));
        match case {
            "config_valid" => report.result(case, result),
            "config_not_json" => report.contrast(case, result, "python/load-config-as-printed"),
            _ => report.contrast(case, result, "python/hidden-exceptions"),
        }
    }
    report.contrast(
        "config_directory",
        outcome(&load_config(&scratch.path().to_string_lossy())),
        "python/hidden-exceptions",
    );

    report.say("\nThe io::ErrorKind behind a failed read (Python raises an OSError subclass):");
    report.contrast("read_missing", read_kind(&missing), "io/missing-file");
    report.contrast(
        "read_directory",
        read_kind(scratch.path()),
        "io/unreadable-file",
    );
    if let Ok(path) = scratch.file("latin1.txt", b"caf\xe9") {
        report.contrast("read_not_utf8", read_kind(&path), "io/unreadable-file");
    }

    report.say("\n`divide` refuses zero with an Err; f64 division itself would not:");
    report.result("divide_by_zero", show_division(divide(10.0, 0.0)));
    report.result("divide", show_division(divide(10.0, 4.0)));
    report.contrast(
        "unchecked_float_division",
        10.0_f64 / 0.0,
        "variants/zero-division",
    );

    report.say("\nA Result used as if it were the number inside is refused:");
    report.contrast(
        "result_as_value",
        rejected(include_str!(
            "../tests/ui/results/result-used-as-value.stderr"
        )),
        "results/handling-required",
    );
}
