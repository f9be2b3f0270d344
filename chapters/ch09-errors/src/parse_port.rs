//! The lecture's exercise, `parse_port`, and the inputs where Rust's `str::parse` and Python's
//! `int()` disagree about what a number is. Twin: python_equivalents/ch09_errors/parse_port.py
use textbook_report::Report;

/// The lecture's exercise: three checks, each failure a `String`; the parse error becomes one
/// through `map_err` before `?` passes it on.
pub fn parse_port(s: &str) -> Result<u16, String> {
    if s.is_empty() {
        return Err(String::from("empty input"));
    }
    let port = s
        .parse::<u16>()
        .map_err(|err| format!("invalid number: {err}"))?;
    match port {
        0..1024 => Err(format!("port {port} is privileged")),
        _ => Ok(port),
    }
}

/// One line of the lecture's `main`: a tick and the port, or a cross, the input and the message.
pub fn show(input: &str) -> String {
    parse_port(input).map_or_else(
        |message| format!("❌ {input:?} → {message}"),
        |port| format!("✅ {input} → {port}"),
    )
}

/// The lecture's four inputs, whose outputs the lecture's `main` prints.
pub const LECTURE_INPUTS: [&str; 4] = ["", "hello", "80", "8080"];

pub fn demo(report: &Report) {
    report.say("The lecture's four inputs (the messages of parse errors are each language's own):");
    for input in LECTURE_INPUTS {
        let case = format!("port_{}", if input.is_empty() { "empty" } else { input });
        if input == "hello" {
            report.contrast(&case, show(input), "exercise/parse-port");
        } else {
            report.result(&case, show(input));
        }
    }
    report.say("\nWhat `int()` accepts and `str::parse::<u16>` does not:");
    report.result("port_plus_sign", show("+8080"));
    report.contrast("port_padded", show(" 8080 "), "exercise/int-is-laxer");
    report.contrast("port_underscore", show("8_080"), "exercise/int-is-laxer");
    report.contrast("port_too_large", show("70000"), "exercise/int-is-laxer");
}
