//! TryFrom: a conversion that can fail returns a Result. Twin: python_equivalents/ch11_conversions/try_from_port.py
use chapter_11::try_from_port::demo;
use textbook_report::{Options, Report};

fn main() {
    let options = Options::from_args(
        "try_from_port",
        "TryFrom: a conversion that can fail returns a Result",
    );
    demo(&Report::new("try_from_port", options.json));
}
