//! Hello world, println! and its format strings, and main. Twin: python_equivalents/ch02_getting_started/hello_world.py
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "hello_world",
        "Hello world, println! and its format strings, and main.",
    );
    chapter_02::hello::demo(&Report::new("hello_world", options.json));
}
