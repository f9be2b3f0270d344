//! Global config / singleton. Twin: python_equivalents/ch15_migration/config_singleton.py
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use textbook_report::Report;

static CONFIG: OnceLock<Value> = OnceLock::new();
/// How many times the initialiser ran: the proof that it runs once.
pub static LOADS: AtomicUsize = AtomicUsize::new(0);
/// Where `get_config` reads from: the lecture's "config.json", unless a program set another
/// path before the first call (a test's own folder, the demo's temp file).
pub static CONFIG_PATH: OnceLock<PathBuf> = OnceLock::new();

/// The lecture's `get_config`: the first call reads and parses the file, every later call
/// returns the same `&'static Value` without touching the file.
pub fn get_config() -> &'static Value {
    CONFIG.get_or_init(|| {
        LOADS.fetch_add(1, Ordering::SeqCst);
        let path = CONFIG_PATH
            .get()
            .map_or(Path::new("config.json"), PathBuf::as_path);
        let data = std::fs::read_to_string(path).expect("Failed to read config");
        serde_json::from_str(&data).expect("Failed to parse config")
    })
}

/// The lecture's usage line, on any value: a missing key indexes to `Null`, and the
/// `unwrap()` is what panics.
pub fn db_host(config: &Value) -> &str {
    config["database"]["host"].as_str().unwrap()
}

pub fn demo(report: &Report) {
    let path = std::env::temp_dir().join(format!("ch15-config-{}.json", std::process::id()));
    let written = std::fs::write(&path, r#"{"database": {"host": "db.internal"}}"#);
    if written.is_err() || CONFIG_PATH.set(path.clone()).is_err() {
        report.say("(could not prepare the config file; skipped)");
        return;
    }
    report.say("The first call loads the file:");
    report.result("db_host", db_host(get_config()));
    let _ = std::fs::write(&path, r#"{"database": {"host": "changed"}}"#);
    report.say("\nLater calls return the same value; the changed file is not read again:");
    report.result("db_host_again", db_host(get_config()));
    report.result("same_object", std::ptr::eq(get_config(), get_config()));
    report.result("loads", LOADS.load(Ordering::SeqCst));
    let _ = std::fs::remove_file(&path);
    report.say("\nA key that is not there: serde_json's index gives Null, Python's dict raises:");
    let missing: Value = serde_json::json!({"database": {}});
    report.contrast(
        "missing_host",
        format!("{:?}", missing["database"]["host"]),
        "singleton/missing-key",
    );
}
