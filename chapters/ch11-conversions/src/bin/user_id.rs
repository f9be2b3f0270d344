//! a parameter of type impl Into<UserId>, and what converts into it. Twin: python_equivalents/ch11_conversions/user_id.py
use chapter_11::user_id::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "user_id",
        "a parameter of type impl Into<UserId>, and what converts into it",
    );
    demo(&Report::new("user_id", options.json));
}
