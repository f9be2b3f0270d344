//! Essential crates: the table's rows this workspace can run. Twin:
//! python_equivalents/ch15_migration/crate_map.py
use clap::Parser;
use serde::Deserialize;
use std::process::Command;
use textbook_report::Report;

/// json → serde_json: a value written back as compact JSON, byte for byte `json.dumps`'s.
pub fn json_roundtrip(text: &str) -> Result<String, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_str(text)?;
    serde_json::to_string(&value)
}

/// tomllib → toml: a nested key of a parsed table.
pub fn toml_port(text: &str) -> Result<i64, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    table
        .get("server")
        .and_then(|server| server.get("port"))
        .and_then(toml::Value::as_integer)
        .ok_or_else(|| "no integer server.port".to_string())
}

/// re → regex: the groups of the first match.
pub fn phone_parts(text: &str) -> Option<String> {
    let pattern = regex::Regex::new(r"(\d{3})-(\d{4})").expect("the pattern is valid");
    let found = pattern.captures(text)?;
    Some(format!("{}/{}", &found[1], &found[2]))
}

/// pydantic → serde: the record a model would validate.
#[derive(Debug, Deserialize)]
pub struct Person {
    pub name: String,
    pub age: i32,
}

/// What reading a JSON person gives: validated at run time, from a type fixed at compile time.
pub fn read_person(text: &str) -> String {
    match serde_json::from_str::<Person>(text) {
        Ok(person) => format!("ok: {} is {}", person.name, person.age),
        Err(_) => "refused".into(),
    }
}

/// argparse → clap (derive): the same two options.
#[derive(Debug, Parser)]
#[command(name = "greet")]
pub struct Args {
    #[arg(long)]
    pub name: String,
    #[arg(long, default_value_t = 1)]
    pub count: u32,
}

pub fn parse_args(argv: &[&str]) -> String {
    match Args::try_parse_from(argv) {
        Ok(args) => format!("name={} count={}", args.name, args.count),
        Err(_) => "usage error".into(),
    }
}

/// subprocess.run → std::process::Command: a child's captured stdout.
pub fn echo(word: &str) -> String {
    match Command::new("echo").arg(word).output() {
        Ok(output) => String::from_utf8_lossy(&output.stdout)
            .trim_end()
            .to_string(),
        Err(error) => format!("error: {error}"),
    }
}

pub fn demo(report: &Report) {
    report.say("json → serde_json, tomllib → toml, re → regex:");
    let json =
        json_roundtrip(r#"{"a": "é", "b": [1, 2.5, null]}"#).unwrap_or_else(|e| e.to_string());
    report.result("json", json);
    report.result(
        "toml",
        toml_port("[server]\nport = 8080\n").map_or_else(|e| e, |port| port.to_string()),
    );
    report.result(
        "regex",
        phone_parts("call 555-1234 now").unwrap_or_default(),
    );
    report.say("\npydantic → serde: both check at run time; pydantic's lax mode converts \"30\":");
    report.result("valid_person", read_person(r#"{"name": "Ada", "age": 36}"#));
    report.result(
        "age_not_a_number",
        read_person(r#"{"name": "Ada", "age": "thirty"}"#),
    );
    report.contrast(
        "age_as_text",
        read_person(r#"{"name": "Ada", "age": "36"}"#),
        "crates/validation",
    );
    report.say("\nargparse → clap, subprocess → std::process::Command:");
    report.result(
        "args",
        parse_args(&["greet", "--name", "Ferris", "--count", "3"]),
    );
    report.result("args_default", parse_args(&["greet", "--name", "Ferris"]));
    report.result(
        "args_bad_count",
        parse_args(&["greet", "--name", "Ferris", "--count", "x"]),
    );
    report.result("subprocess", echo("hi"));
}
