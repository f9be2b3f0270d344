//! The lecture's exercise, solved: a temperature converter (the template and its solution are in
//! exercises/ and solutions/; this is the demo's copy).

use textbook_report::Report;

pub fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

/// `if`/`else` is an expression: the function's value is the branch taken.
pub fn classify(temp_f: f64) -> &'static str {
    if temp_f < 50.0 {
        "cold"
    } else if temp_f < 77.0 {
        "mild"
    } else {
        "hot"
    }
}

/// The line the lecture's `main` prints for one temperature.
pub fn line(c: f64) -> String {
    let f = celsius_to_fahrenheit(c);
    format!("{c:.1}°C = {f:.1}°F — {}", classify(f))
}

pub fn demo(report: &Report) {
    report.say("The lecture's three temperatures:");
    for c in [0.0, 20.0, 35.0] {
        report.result(&format!("celsius_{c}"), line(c));
    }
}
