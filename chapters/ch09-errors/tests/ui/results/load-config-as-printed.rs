// The lecture's Rust `load_config` block as printed, with a `main` that calls it. It compiles, with
// warnings; `deny` turns them into errors so that the snapshot records them (`dead_code` by name,
// since trybuild allows that lint on its command line, which an attribute in the source overrides).
#![deny(warnings, dead_code)]
// Rust — errors are return values, visible in the function signature
use std::fs;
use serde_json::Value;

fn load_config(path: &str) -> Result<Value, ConfigError> {
    let contents = fs::read_to_string(path)    // Returns Result
        .map_err(|e| ConfigError::FileError(e.to_string()))?;

    let data: Value = serde_json::from_str(&contents)  // Returns Result
        .map_err(|e| ConfigError::ParseError(e.to_string()))?;

    if data.get("version").is_none() {
        return Err(ConfigError::MissingField("version".to_string()));
    }

    Ok(data)
}

#[derive(Debug)]
enum ConfigError {
    FileError(String),
    ParseError(String),
    MissingField(String),
}

fn main() {
    println!("{:?}", load_config("config.json"));
}
