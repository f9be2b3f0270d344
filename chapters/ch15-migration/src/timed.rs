//! Decorator → higher-order function. Twin: python_equivalents/ch15_migration/timed_wrapper.py
use std::time::{Duration, Instant};
use textbook_report::Report;

/// The lecture's `timed`: runs `f`, prints how long it took, hands back what `f` returned.
pub fn timed<F, R>(name: &str, f: F) -> R
where
    F: FnOnce() -> R,
{
    timed_with(name, f, |line| println!("{line}"))
}

/// `timed` with the line handed to `print` instead of stdout (the demo's report, a test's Vec).
pub fn timed_with<F, R>(name: &str, f: F, print: impl FnOnce(String)) -> R
where
    F: FnOnce() -> R,
{
    let start = Instant::now();
    let result = f();
    print(took(name, start.elapsed()));
    result
}

/// The line `timed` prints. `{:.4?}` on a Duration picks its unit (s, ms, µs, ns) by size; Python's
/// `{elapsed:.4f}s` always prints seconds.
pub fn took(name: &str, elapsed: Duration) -> String {
    format!("{} took {:.4?}", name, elapsed)
}

/// The lecture's closure, with a 20 ms nap in place of one second so the tour stays quick.
pub fn nap() -> i32 {
    std::thread::sleep(Duration::from_millis(20));
    42
}

pub fn demo(report: &Report) {
    report.say("The wrapper hands back the closure's value; the timing line goes to stdout:");
    let value = timed_with("slow_function", nap, |line| report.say(format!("  {line}")));
    report.result("result", value);
    report.say(
        "\nThe same durations, formatted the lecture's two ways (they agree on whole seconds):",
    );
    report.result("one_second", took("f", Duration::from_secs(1)));
    report.contrast(
        "five_ms",
        took("f", Duration::from_millis(5)),
        "decorator/format-units",
    );
    report.contrast(
        "seven_us",
        took("f", Duration::from_micros(7)),
        "decorator/format-units",
    );
}
