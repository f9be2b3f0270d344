//! A live line for a child that takes a while: "still running … (Ctrl-C to stop)", so that a
//! hanging twin is never silence. On a terminal it is one line on stderr, rewritten each second
//! and erased when the child ends; elsewhere (a log) one line after a few seconds, then one every
//! half minute.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use crate::process::Job;

/// Nothing is said about a child that ends sooner than this.
const QUIET_FOR: Duration = Duration::from_secs(3);
/// Seconds of quiet before the line, instead of `QUIET_FOR`: 0 shows it at once, which is how
/// a test sees that every slow step has one without waiting for any step to be slow.
pub const QUIET_FOR_VAR: &str = "TEXTBOOK_LIVE_AFTER";

fn quiet_for() -> Duration {
    std::env::var(QUIET_FOR_VAR)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .map_or(QUIET_FOR, Duration::from_secs)
}
/// Off a terminal, how often the line is repeated.
const LOG_EVERY: Duration = Duration::from_secs(30);

/// Adds the live line to a job: `what` is what is running ("the Python side of `gil_threads`").
/// Call `finished` once the job has run, to erase the line.
pub fn still_running(what: impl Into<String>) -> impl FnOnce(Job) -> Job {
    let what = what.into();
    move |job| {
        let terminal = std::io::stderr().is_terminal();
        let quiet_for = quiet_for();
        let mut logged: Option<Duration> = None;
        job.heartbeat(Duration::from_secs(1), move |elapsed| {
            if elapsed < quiet_for {
                return;
            }
            let line = message(&what, elapsed);
            if terminal {
                eprint!("\r\u{1b}[K{line}");
                let _ = std::io::stderr().flush();
            } else if logged.is_none_or(|at| elapsed >= at + LOG_EVERY) {
                eprintln!("{line}");
                logged = Some(elapsed);
            }
        })
    }
}

/// Erases a live line, if one is showing (on a terminal; a log keeps its lines).
pub fn finished() {
    if std::io::stderr().is_terminal() {
        eprint!("\r\u{1b}[K");
        let _ = std::io::stderr().flush();
    }
}

fn message(what: &str, elapsed: Duration) -> String {
    format!(
        "  … still running {what}: {} s (Ctrl-C to stop)",
        elapsed.as_secs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_what_runs_for_how_long_and_how_to_stop_it() {
        let line = message("the Python side of `gil`", Duration::from_millis(7400));
        assert_eq!(
            line,
            "  … still running the Python side of `gil`: 7 s (Ctrl-C to stop)"
        );
    }
}
