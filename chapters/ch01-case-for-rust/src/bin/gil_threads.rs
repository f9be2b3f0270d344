//! Section 3: the GIL. Twin: python_equivalents/ch01_case_for_rust/gil_threads.py
//! `--json SIZE` times four tasks of `cpu_work(SIZE)` in a row, on threads and on Rayon's pool.
use chapter_01::gil::{DEFAULT_SIZE, run};
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "gil_threads",
        "four tasks of CPU work, one by one, on threads and on a pool (SIZE = n of each task)",
    );
    run(
        &Report::new("gil_threads", options.json),
        options.size.unwrap_or(DEFAULT_SIZE),
    );
}
