//! Section 4, the case study's start-up cost. Twin: python_equivalents/ch13_concurrency/pool_startup.py
//! `--json SIZE` starts SIZE workers each way.
use chapter_13::startup::{DEFAULT_WORKERS, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "pool_startup",
        "start a pool of SIZE workers, one job each, shut it down: threads and a pool",
    );
    let workers = options.size.map_or(DEFAULT_WORKERS, |n| n as usize);
    run(&Report::new("pool_startup", options.json), workers);
}
