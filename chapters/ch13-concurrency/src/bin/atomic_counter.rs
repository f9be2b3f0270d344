//! Section 1, no GIL. Twin: python_equivalents/ch13_concurrency/atomic_counter.py
//! `--json SIZE` times SIZE increments on each of four threads, three ways.
use chapter_13::counter::{DEFAULT_INCREMENTS, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "atomic_counter",
        "four threads counting into one counter: one thread, shared atomic, local then add (SIZE = increments per thread)",
    );
    let size = options.size.map_or(DEFAULT_INCREMENTS, |n| n as i64);
    run(&Report::new("atomic_counter", options.json), size);
}
