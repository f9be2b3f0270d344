//! Printing and formatting. Ledger: `formatting/*`.
use chapter_03::formatting::{Point, one_line, specifiers};

mod common;
use common::{built, run, rustc};

#[test]
fn the_lecture_specifiers_print_what_its_comments_say() {
    let texts: Vec<String> = specifiers().into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        texts,
        ["3.14", "00042", "0xff", "        42", "left      |"]
    );
}

#[test]
fn precision_rounds_the_exact_binary_value_half_to_even() {
    // 0.125 and 0.375 are exact in binary: ties, rounded to even. 2.675 is stored below itself.
    assert_eq!(
        format!("{:.2} {:.2} {:.2}", 0.125, 0.375, 2.675),
        "0.12 0.38 2.67"
    );
}

#[test]
fn positional_and_inline_arguments_print_the_same() {
    let (name, age) = ("Alice", 30);
    assert_eq!(
        format!("Name: {} Age: {}", name, age),
        "Name: Alice Age: 30"
    );
    assert_eq!(format!("Name: {name}, Age: {age}"), "Name: Alice, Age: 30");
}

#[test]
fn display_drops_a_whole_floats_point_and_never_uses_exponents() {
    assert_eq!(format!("{}", 1.0), "1");
    assert_eq!(format!("{}", 1e16), "10000000000000000");
    assert_eq!(format!("{:?}", 1.0), "1.0");
    assert_eq!(format!("{:?}", 1e16), "1e16");
}

#[test]
fn debug_of_a_vec_is_pythons_repr_of_a_list() {
    assert_eq!(format!("{:?}", vec![1, 2, 3]), "[1, 2, 3]");
}

#[test]
fn debug_quotes_strings_with_double_quotes() {
    assert_eq!(format!("{:?}", "hi"), "\"hi\"");
    assert_eq!(format!("{:?}", "it's"), "\"it's\"");
}

#[test]
fn pretty_debug_always_puts_one_element_per_line() {
    assert_eq!(
        one_line(&format!("{:#?}", vec![1, 2, 3])),
        "[⏎    1,⏎    2,⏎    3,⏎]"
    );
}

#[test]
fn derived_debug_names_the_type_and_fields_inline_or_positional() {
    let p = Point { x: 1.0, y: 2.0 };
    assert_eq!(format!("{:?}", p), "Point { x: 1.0, y: 2.0 }");
    assert_eq!(format!("{p:?}"), format!("{:?}", p));
}

#[test]
fn format_returns_an_owned_string() {
    let name = "Alice";
    let greeting: String = format!("Hello {name}");
    assert_eq!(greeting, "Hello Alice");
}

#[test]
fn print_adds_no_newline_and_eprintln_writes_a_line_to_stderr() {
    let (compiled, scratch) = rustc("print-streams.rs", "print", &[]);
    built(&compiled);
    let output = run(&scratch);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "no newline|written",
        "two print! calls, one line without its end"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "no newline\n");
}
