//! String types: `&str` (a borrowed view of UTF-8 bytes) and `String` (owned, growable), against
//! Python's one `str` of code points. The paired operations give the same results; lengths,
//! indexing and slicing do not, because Rust counts bytes.

use serde_json::json;
use textbook_report::{Report, rejected};

/// The lecture's `greet`: a `&str` parameter accepts a literal and, through deref coercion, a
/// `&String`.
pub fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

/// The lecture's owned greeting, grown in place.
pub fn build_greeting(name: &str) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(name);
    greeting.push('!');
    greeting
}

/// The lecture's paired operations, each result as JSON so both languages print it alike.
pub fn paired_operations() -> Vec<(&'static str, serde_json::Value)> {
    let name = "alice";
    let upper = name.to_uppercase();
    let contains = name.contains("lic");
    let parts: Vec<&str> = "a,b,c".split(',').collect();
    let joined = ["a", "b", "c"].join("-");
    let stripped = "  hello  ".trim();
    let replaced = name.replace("a", "A");
    vec![
        ("upper", json!(upper)),
        ("contains", json!(contains)),
        ("split", json!(parts)),
        ("join", json!(joined)),
        ("strip", json!(stripped)),
        ("replace", json!(replaced)),
    ]
}

/// Where `trim`'s result starts inside the original, in bytes, or `None` if it is not inside it
/// at all (that is, if trimming had copied).
pub fn trim_offset(original: &str) -> Option<usize> {
    let trimmed = original.trim();
    let start = trimmed.as_ptr() as usize;
    let base = original.as_ptr() as usize;
    (base..=base + original.len())
        .contains(&start)
        .then(|| start - base)
}

/// Bytes (what `len` counts), chars (Unicode scalar values, what Python's `len` counts).
pub fn lengths(text: &str) -> (usize, usize) {
    (text.len(), text.chars().count())
}

pub fn demo(report: &Report) {
    report.say("The operations the lecture pairs give the same answers:");
    for (case, value) in paired_operations() {
        report.result(case, value);
    }
    let name: &str = "Alice";
    report.result("push_str", build_greeting(name));
    let chars: Vec<char> = name.chars().collect();
    report.result("chars", json!(chars));
    report.result("upper_sharp_s", "straße".to_uppercase());

    report.say("\n`&str` parameters take both kinds of string:");
    let s1 = "world";
    let s2 = String::from("Rust");
    report.result("greet_str", greet(s1));
    report.result("greet_string", greet(&s2));
    report.extra(
        "greet_without_ampersand",
        rejected(include_str!(
            "../tests/ui/strings/string-where-str-expected.stderr"
        )),
        "strings/deref-coercion",
        None,
    );
    report.contrast(
        "grow_a_str",
        rejected(include_str!("../tests/ui/strings/push-onto-a-str.stderr")),
        "strings/str-is-a-view",
    );
    report.contrast(
        "trim_shares_memory",
        match trim_offset("  hello  ") {
            Some(offset) => format!("a view {offset} bytes into the original, nothing copied"),
            None => "a copy".to_string(),
        },
        "strings/trim-no-allocation",
    );

    report.say("\nRust strings are UTF-8 bytes; Python's str is code points:");
    let cafe = "café";
    let (bytes, chars) = lengths(cafe);
    report.contrast("len_cafe", bytes, "strings/len-bytes");
    report.result("cafe_utf8_bytes", bytes);
    report.result("cafe_code_points", chars);
    report.contrast(
        "index_cafe_0",
        rejected(include_str!("../exercises/first_char.stderr")),
        "strings/no-integer-index",
    );
    report.contrast(
        "slice_cafe_0_4",
        match cafe.get(0..4) {
            Some(slice) => slice.to_string(),
            None => "not a char boundary: `&cafe[0..4]` panics, `get` gives None".to_string(),
        },
        "strings/char-boundary",
    );
    report.result("slice_cafe_0_3", &cafe[0..3]);
}
