//! The tour: every demo of chapter 1 in lecture order (`cargo run -p chapter-01`).
//! One demo alone: `cargo run -p chapter-01 --bin <demo>`; both sides: `cargo xtask run 1`.
use chapter_01::report::{Options, Report};

type Section = (&'static str, &'static str, fn(&Report));

const SECTIONS: &[Section] = &[(
    "type_errors",
    "1. Runtime type errors",
    chapter_01::types::demo,
)];

fn main() {
    let options = Options::from_args(
        "chapter-01",
        "the tour of chapter 1, every demo in lecture order",
    );
    for (demo, title, run) in SECTIONS {
        let report = Report::new(demo, options.json);
        report.say(format!(
            "\n══ {title}  (cargo run -p chapter-01 --bin {demo}) ══\n"
        ));
        run(&report);
    }
}
