//! Hello on both sides. Twin: python_equivalents/ch17_capstone/hello.py
use textbook_report::{Report, rejected};

pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

pub fn demo(report: &Report) {
    report.say("A greeting, formatted the same way on both sides:");
    report.result("greet", greet("Ferris"));
    report.say("\nA number where a name belongs is refused before the program runs:");
    report.contrast(
        "greet_number",
        rejected(include_str!("../tests/ui/types/number-for-a-name.stderr")),
        "hello/wrong-argument-type",
    );
}
