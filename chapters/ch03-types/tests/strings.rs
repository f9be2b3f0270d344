//! String types at run time. Ledger: `strings/*`.
use chapter_03::strings::{build_greeting, greet, lengths, paired_operations, trim_offset};
use chapter_03::type_of;
use serde_json::json;
use textbook_harness::panic_message;

#[test]
fn a_string_literal_is_a_static_str() {
    let name = "Alice";
    assert_eq!(type_of(&name), "&str");
    let forever: &'static str = name; // the data lives as long as the program
    assert_eq!(forever, "Alice");
}

/// The file mapped at `address` in this process, from /proc/self/maps (Linux): the executable
/// for its code and constants, nothing for the heap or anonymous memory.
fn mapped_file(address: usize) -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("Linux's /proc/self/maps");
    maps.lines().find_map(|line| {
        let mut fields = line.split_whitespace();
        let (start, end) = fields.next()?.split_once('-')?;
        let start = usize::from_str_radix(start, 16).ok()?;
        let end = usize::from_str_radix(end, 16).ok()?;
        (start..end)
            .contains(&address)
            .then(|| fields.nth(4).unwrap_or("").to_string())
    })
}

#[test]
fn a_literal_lives_in_the_executable_and_a_string_on_the_heap() {
    let exe = std::env::current_exe().unwrap();
    let exe = exe.to_str().unwrap();
    let name: &str = "Alice";
    assert_eq!(mapped_file(name.as_ptr() as usize).as_deref(), Some(exe));
    let owned = String::from(name);
    let heap = mapped_file(owned.as_ptr() as usize).unwrap_or_default();
    assert_ne!(heap, exe, "the String's bytes are a copy, elsewhere");
    // Anonymous memory has no path, or a bracketed name such as `[heap]`.
    assert!(heap.is_empty() || heap.starts_with('['), "{heap}");
}

#[test]
fn an_owned_string_grows_in_place() {
    assert_eq!(build_greeting("Alice"), "Hello, Alice!");
    let mut greeting = String::with_capacity(32);
    let buffer = greeting.as_ptr();
    greeting.push_str("Hello, Alice");
    greeting.push('!');
    assert_eq!(
        greeting.as_ptr(),
        buffer,
        "same buffer: no new string was made"
    );
}

#[test]
fn greet_accepts_a_str_and_a_borrowed_string() {
    let s1 = "world";
    let s2 = String::from("Rust");
    assert_eq!(greet(s1), "Hello, world!");
    assert_eq!(greet(&s2), "Hello, Rust!");
    assert_eq!(type_of(&greet(s1)), "alloc::string::String");
}

#[test]
fn the_paired_operations_give_pythons_results_with_these_types() {
    let results: Vec<_> = paired_operations().into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        results,
        [
            json!("ALICE"),
            json!(true),
            json!(["a", "b", "c"]),
            json!("a-b-c"),
            json!("hello"),
            json!("Alice")
        ]
    );
    let name = "alice";
    assert_eq!(type_of(&name.to_uppercase()), "alloc::string::String");
    assert_eq!(type_of(&"  hello  ".trim()), "&str");
    assert_eq!(type_of(&["a", "b"].join("-")), "alloc::string::String");
    assert_eq!(type_of(&name.replace("a", "A")), "alloc::string::String");
}

#[test]
fn trim_returns_a_view_into_the_original() {
    assert_eq!(trim_offset("  hello  "), Some(2));
    assert_eq!(trim_offset("hello"), Some(0));
}

#[test]
fn upper_casing_can_change_the_length() {
    assert_eq!("straße".to_uppercase(), "STRASSE");
}

#[test]
fn len_counts_utf8_bytes_and_chars_count_code_points() {
    assert_eq!(lengths("café"), (5, 4));
    assert_eq!(lengths("👍🏽"), (8, 2));
    assert_eq!(lengths("alice"), (5, 5));
}

#[test]
fn slicing_inside_a_character_panics() {
    let cafe = String::from("café");
    let message = panic_message(|| {
        let _ = &cafe[0..4];
    });
    assert_eq!(
        message,
        "end byte index 4 is not a char boundary; it is inside 'é' (bytes 3..5) of `café`"
    );
}

#[test]
fn slicing_on_char_boundaries_works_and_get_refuses_the_others() {
    let cafe = "café";
    assert_eq!(&cafe[0..3], "caf");
    assert_eq!(&cafe[3..5], "é");
    assert_eq!(cafe.get(0..4), None);
    assert!(!cafe.is_char_boundary(4));
}

#[test]
fn a_char_is_a_unicode_scalar_value_so_a_lone_surrogate_is_not_one() {
    // Python's str may hold "\ud800"; a Rust string cannot.
    assert_eq!(char::from_u32(0xD800), None);
    assert_eq!(char::from_u32(0xE9), Some('é'));
}
