//! The ? operator. Twin: python_equivalents/ch09_errors/question_mark.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "question_mark",
        "? passes an error up, visibly: read_username, greet, process_file",
    );
    chapter_09::propagation::demo(&Report::new("question_mark", options.json));
}
