//! Section 3, async/await and Rayon: lazy futures, cancellation, par_iter. Twin: python_equivalents/ch13_concurrency/async_tasks.py
use chapter_13::asynchrony::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "async_tasks",
        "section 3, async/await and Rayon: lazy futures, cancellation, par_iter",
    );
    demo(&Report::new("async_tasks", options.json));
}
