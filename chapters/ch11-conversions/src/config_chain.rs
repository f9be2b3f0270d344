//! Conversion chains: the lecture's `parse_config`. Twin: python_equivalents/ch11_conversions/config_chain.py
use textbook_report::Report;

/// The lecture's `parse_config`: three exits, the first two by `?` (each line that can fail ends
/// with one), the third by an early `return`.
pub fn parse_config(raw: &str) -> Result<(String, u16), String> {
    let (host, port_text) = raw
        .split_once(':')
        .ok_or_else(|| String::from("missing ':' separator"))?;
    let port = port_text
        .parse::<u16>()
        .map_err(|error| format!("invalid port: {error}"))?;
    if port == 0 {
        return Err(String::from("port cannot be zero"));
    }
    Ok((host.to_owned(), port))
}

/// One outcome as a line both sides print the same way.
pub fn outcome(raw: &str) -> String {
    match parse_config(raw) {
        Ok((host, port)) => format!("Connecting to {host}:{port}"),
        Err(e) => format!("Config error: {e}"),
    }
}

/// The inputs of the demo, and whether the Python version (as corrected) agrees on each.
pub const CASES: [(&str, bool); 7] = [
    ("localhost:8080", true),
    ("localhost", false),
    ("localhost:99999", false),
    ("localhost:0", false),
    ("localhost: 8080", false),
    ("localhost:8_080", false),
    ("a:b:c", false),
];

pub fn demo(report: &Report) {
    report.say("parse_config on good and bad input (Python's messages name other exceptions):");
    for (raw, same) in CASES {
        if same {
            report.result(raw, outcome(raw));
        } else {
            report.contrast(raw, outcome(raw), "chain/two-versions-differ");
        }
    }
}
