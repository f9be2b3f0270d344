//! Loops and iteration. Twin: python_equivalents/ch04_control_flow/loops.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "loops",
        "ranges, for, while, loop with a value, comprehensions and iterator chains",
    );
    chapter_04::loops::demo(&Report::new("loops", options.json), options.size);
}
