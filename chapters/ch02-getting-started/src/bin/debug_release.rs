//! The same kernels in a debug and a release build: `cargo run -p chapter-02 --bin
//! debug_release [SIZE]`, then again with `--release`. Twin:
//! python_equivalents/ch02_getting_started/debug_release.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "debug_release",
        "six kernels, timed in whichever profile this binary was built with",
    );
    let report = Report::new("debug_release", options.json);
    chapter_02::speed::main_with(&options, &report);
}
