// Reproduces the `load_config` block of "Rust Result-Based Error Handling" (line 36 of
// ../shared/course/ch09-error-handling.md), which the lecture shows as working code. It is: rustc's
// only complaints are warnings. Faithful because it keeps what they come from: a `ConfigError`
// whose three variants each carry a String, built by `load_config` and only ever printed with
// `{:?}`, with `Debug` its only derive, as in the lecture: dead-code analysis counts no read done
// by a derived impl. `deny` turns the warnings into errors so the snapshot records them
// (`dead_code` by name: trybuild allows that lint on its command line, and an attribute in the
// source overrides it).
#![deny(warnings, dead_code)]
use serde_json::Value;

#[derive(Debug)]
enum ConfigError {
    FileError(String),    // the file could not be read
    ParseError(String),   // its text is not JSON
    MissingField(String), // the JSON has no "version"
}

fn load_config(path: &str) -> Result<Value, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|err| ConfigError::FileError(err.to_string()))?;
    let config: Value =
        serde_json::from_str(&text).map_err(|err| ConfigError::ParseError(err.to_string()))?;
    match config.get("version") {
        Some(_) => Ok(config),
        None => Err(ConfigError::MissingField(String::from("version"))),
    }
}

fn main() {
    println!("{:?}", load_config("config.json"));
}
