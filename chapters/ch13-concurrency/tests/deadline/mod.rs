//! Runs a demo of this chapter as a child process with a deadline and returns one of its
//! results. Used for the scenarios whose threads wait (on a barrier, a condition variable, a
//! channel's end, a spinning flag): a bug there would hang rather than fail, and the deadline
//! turns the hang into a failure.

use std::process::Command;
use std::time::Duration;

use textbook_harness::run_with_timeout;

/// Long enough for a loaded 2-core machine; a healthy run takes milliseconds.
const LIMIT: Duration = Duration::from_secs(30);

/// The `result` of `case` in `binary --json args…`. A line is textbook_report's `Line`, whose
/// fields serde writes in declaration order (`demo`, `case`, `result`, …), so the key is found as text.
pub fn demo_result(binary: &str, args: &[&str], case: &str) -> String {
    let mut command = Command::new(binary);
    command.arg("--json").args(args);
    let output = run_with_timeout(command, LIMIT);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{binary} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let key = format!("\"case\":\"{case}\",\"result\":\"");
    stdout
        .lines()
        .find_map(|line| {
            line.split_once(&key)
                .map(|(_, rest)| json_string_prefix(rest))
        })
        .unwrap_or_else(|| panic!("{binary} printed no case `{case}`:\n{stdout}"))
}

/// The JSON string that `rest` starts with (its opening quote already consumed), unescaped.
/// The protocol's lines are flat objects of strings and numbers, so this is all it takes.
fn json_string_prefix(rest: &str) -> String {
    let mut text = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return text,
            // serde_json's escapes: \" \\ \/ \b \f \n \r \t, and \uXXXX for other control characters.
            '\\' => match chars.next() {
                Some('b') => text.push('\u{8}'),
                Some('f') => text.push('\u{c}'),
                Some('n') => text.push('\n'),
                Some('r') => text.push('\r'),
                Some('t') => text.push('\t'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let code = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                    text.push(code.unwrap_or_else(|| panic!("a bad \\u escape: {hex}")));
                }
                Some(other) => text.push(other),
                None => break,
            },
            c => text.push(c),
        }
    }
    panic!("an unterminated JSON string: {rest}")
}
