//! The tour: every demo of chapter 1 in lecture order (`cargo run -p chapter-01`).
//! One demo alone: `cargo run -p chapter-01 --bin <demo>`; both sides: `cargo xtask run 1`.
use chapter_01::report::{Options, Report};

/// (demo name, lecture heading, the section's demo)
type Section = (&'static str, &'static str, fn(&Report));

const SECTIONS: &[Section] = &[
    (
        "fibonacci",
        "Performance: from minutes to milliseconds",
        chapter_01::performance::demo,
    ),
    (
        "ownership_tree",
        "Memory safety without a garbage collector",
        chapter_01::memory::demo,
    ),
    (
        "type_errors",
        "1. Runtime type errors",
        chapter_01::types::demo,
    ),
    (
        "none_handling",
        "2. None, the billion-dollar mistake",
        chapter_01::none::demo,
    ),
    ("gil_threads", "3. The GIL", chapter_01::gil::demo),
    ("deployment", "4. Deployment", chapter_01::deployment::demo),
    (
        "validation",
        "Real-world impact: Pydantic's Rust core, and serde",
        chapter_01::validation::demo,
    ),
    (
        "philosophy",
        "Language philosophy",
        chapter_01::philosophy::demo,
    ),
];

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
