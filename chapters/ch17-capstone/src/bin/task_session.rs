//! Twin: python_equivalents/ch17_capstone/task_session.py
use chapter_17::task_session::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "task_session",
        "steps 2 to 5: rustdo run command after command on a scratch file",
    );
    demo(&Report::new("task_session", options.json));
}
