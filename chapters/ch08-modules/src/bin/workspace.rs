//! This repository is a workspace: members, one lock file, inherited keys.
//! Twin: python_equivalents/ch08_modules/workspace.py
use chapter_08::workspace::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "workspace",
        "this repository is a workspace: members, one lock file, inherited keys",
    );
    demo(&Report::new("workspace", options.json));
}
