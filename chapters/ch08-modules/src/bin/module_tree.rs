//! The module tree: mod, pub, use, a re-export.
//! Twin: python_equivalents/ch08_modules/module_tree.py
use chapter_08::layout::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args("module_tree", "the module tree: mod, pub, use, a re-export");
    demo(&Report::new("module_tree", options.json));
}
