//! What rustc, cargo new and cargo run really do, run in a scratch directory. Twin: python_equivalents/ch02_getting_started/tools.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "tools",
        "What rustc, cargo new and cargo run really do, run in a scratch directory.",
    );
    chapter_02::tools::demo(&Report::new("tools", options.json));
}
