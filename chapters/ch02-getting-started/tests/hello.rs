//! Hello world and format strings on the Rust side. Ledger: `hello/*`.
use chapter_02::hello::{
    precision_without_type, same_as_python, string_debug, whole_float_display,
};

#[test]
fn format_specs_shared_with_python_print_the_same_text() {
    let texts: Vec<(&str, String)> = same_as_python()
        .into_iter()
        .map(|f| (f.case, f.text))
        .collect();
    let expected = [
        ("inline_name", "Hello, Pythonista!"),
        ("default_alignment", "[    42|ab    ]"),
        ("right_aligned", "[      ab]"),
        ("centred_with_fill", "[***mid***]"),
        ("fixed_three_places", "12.346"),
        ("hex_with_prefix", "0xff"),
        ("float_debug", "1.0"),
        ("shortest_round_trip", "0.30000000000000004"),
    ];
    let expected: Vec<(&str, String)> = expected
        .iter()
        .map(|(case, text)| (*case, (*text).to_string()))
        .collect();
    assert_eq!(texts, expected);
}

#[test]
fn a_precision_without_a_type_means_places_after_the_point() {
    assert_eq!(precision_without_type(), "12.35");
}

#[test]
fn a_whole_float_displays_without_its_point_but_debug_keeps_it() {
    assert_eq!(whole_float_display(), "1");
    assert_eq!(format!("{:?}", 1.0_f64), "1.0");
    assert_eq!(format!("{}", 1.5_f64), "1.5");
}

#[test]
fn a_strings_debug_form_uses_double_quotes_and_escapes() {
    assert_eq!(string_debug(), "\"hi\"");
    assert_eq!(format!("{:?}", "tab\there"), "\"tab\\there\"");
}

#[test]
fn println_is_a_macro_that_captures_names_from_the_scope() {
    let name = "Pythonista";
    let count = 5;
    assert_eq!(
        format!("Hello, {name}! (count: {count})"),
        "Hello, Pythonista! (count: 5)"
    );
}

fn block_value(with_semicolon: bool) -> i32 {
    // The last expression of a block is its value; `;` would make it a statement (E0308 in
    // exercises/semicolon_value.rs). A block statement written with `;` inside still works.
    let value = {
        let half = 21;
        half * 2
    };
    if with_semicolon { value + 1 } else { value }
}

#[test]
fn a_block_without_a_final_semicolon_has_the_value_of_its_last_expression() {
    assert_eq!(block_value(false), 42);
    assert_eq!(block_value(true), 43);
}

#[test]
fn some_errors_remain_run_time_errors() {
    // "Most errors at compile time": an index past the end is still found when the line runs.
    let items = [1, 2, 3];
    let index = std::hint::black_box(items.len());
    let caught = std::panic::catch_unwind(|| std::hint::black_box(items[index]));
    let message = caught.expect_err("indexing past the end panics");
    let text = message
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(text.contains("index out of bounds"), "{text}");
}
