//! Hello world, `println!` and its format strings, and `main`. The format specs are compared
//! with Python's f-strings case by case: most mean the same, a few do not (precision without a
//! type, how a float or a string prints by default).

use textbook_report::{Report, rejected};

/// The program the lecture shows, as a function so that a test can look at what it prints.
pub fn greeting() -> String {
    format!("Hello, {}!", "World")
}

/// One format spec, the value it formats, and what Rust makes of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted {
    pub case: &'static str,
    pub spec: &'static str,
    pub text: String,
}

/// The format strings Rust and Python spell alike and print alike.
pub fn same_as_python() -> Vec<Formatted> {
    let name = "Pythonista";
    let (measure, answer, sum) = (12.3456_f64, 42, 0.1_f64 + 0.2);
    vec![
        Formatted {
            case: "inline_name",
            spec: "{name}",
            text: format!("Hello, {name}!"),
        },
        Formatted {
            case: "default_alignment",
            spec: "[{:6}|{:6}]",
            // Numbers go right, text goes left, in both languages.
            text: format!("[{answer:6}|{:6}]", "ab"),
        },
        Formatted {
            case: "right_aligned",
            spec: "{:>8}",
            text: format!("[{:>8}]", "ab"),
        },
        Formatted {
            case: "centred_with_fill",
            spec: "{:*^9}",
            text: format!("[{:*^9}]", "mid"),
        },
        Formatted {
            case: "fixed_three_places",
            spec: "{:.3} (Python :.3f)",
            text: format!("{measure:.3}"),
        },
        Formatted {
            case: "hex_with_prefix",
            spec: "{:#x}",
            text: format!("{:#x}", 255),
        },
        Formatted {
            case: "float_debug",
            spec: "{:?} (Python repr)",
            text: format!("{:?}", 1.0_f64),
        },
        Formatted {
            case: "shortest_round_trip",
            spec: "{} of 0.1 + 0.2",
            text: format!("{sum}"),
        },
    ]
}

/// `{:.2}` with no type: Rust means two places after the point, Python two significant digits.
pub fn precision_without_type() -> String {
    format!("{:.2}", 12.3456_f64)
}

/// `{}` of a whole float: Rust's Display drops the `.0` that Python's `str` keeps.
pub fn whole_float_display() -> String {
    format!("{}", 1.0_f64)
}

/// `{:?}` of a string: Rust quotes with `"`, Python's `repr` with `'`.
pub fn string_debug() -> String {
    format!("{:?}", "hi")
}

pub fn demo(report: &Report) {
    report.say("The lecture's program (`println!` writes the line; here we keep it as a value):");
    report.result("hello", greeting());
    report.contrast(
        "print_is",
        rejected(include_str!(
            "../tests/ui/hello/println-without-bang.stderr"
        )),
        "hello/println-macro",
    );
    report.contrast(
        "format_arguments",
        rejected(include_str!(
            "../tests/ui/hello/format-string-missing-argument.stderr"
        )),
        "hello/format-checked",
    );

    report.say("\nFormat strings that mean the same in both languages:");
    for formatted in same_as_python() {
        report.result(formatted.case, formatted.text);
    }
    report.say("\n…and the ones that do not:");
    report.contrast(
        "precision_no_type",
        precision_without_type(),
        "hello/format-precision",
    );
    report.contrast("whole_float", whole_float_display(), "hello/float-display");
    report.contrast("string_debug", string_debug(), "hello/format-precision");

    report.say("\nThe differences the lecture lists, as rustc states them:");
    report.contrast(
        "entry_point",
        rejected(include_str!("../tests/ui/hello/no-main.stderr")),
        "hello/main-entry",
    );
    report.contrast(
        "semicolons",
        rejected(include_str!("../exercises/semicolon_value.stderr")),
        "hello/semicolons",
    );
    report.contrast(
        "types_known",
        rejected(include_str!("../tests/ui/hello/type-not-inferable.stderr")),
        "hello/types-always-known",
    );
}
