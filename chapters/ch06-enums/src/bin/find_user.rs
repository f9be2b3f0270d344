//! Option for None safety. Twin: python_equivalents/ch06_enums/find_user.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "find_user",
        "a lookup that may find nobody: None in Python, Option<User> in Rust",
    );
    chapter_06::option::demo(&Report::new("find_user", options.json));
}
