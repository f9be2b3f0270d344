//! Enums replace string constants, Python's Enum and tagged classes. Ledger: `adt/*`.
use std::mem::{discriminant, size_of};

use chapter_06::messages::{Message, Status, message_layout, process, samples};

#[test]
fn process_prints_one_line_per_variant() {
    let lines: Vec<String> = samples().iter().map(process).collect();
    assert_eq!(
        lines,
        [
            "Text: hello",
            "Image: cat.png (100x80)",
            "Quitting",
            "Moving to (3, -4)"
        ]
    );
}

#[test]
fn a_status_is_looked_up_by_its_value_or_not_at_all() {
    assert_eq!(Status::from_value("active"), Some(Status::Active));
    assert_eq!(Status::from_value("actve"), None);
    for s in Status::ALL {
        assert_eq!(Status::from_value(s.value()), Some(s));
    }
}

#[test]
fn fieldless_variants_are_numbered_from_zero_in_declaration_order() {
    assert_eq!(
        [
            Status::Pending as u8,
            Status::Active as u8,
            Status::Closed as u8
        ],
        [0, 1, 2]
    );
    assert_eq!(size_of::<Status>(), 1);
}

#[test]
fn a_message_is_as_big_as_its_largest_variant_with_no_separate_tag() {
    let (whole, largest) = message_layout();
    // `Image`: a String (3 words) and two u32, 32 bytes on a 64-bit target.
    assert_eq!(largest, size_of::<String>() + 8);
    assert_eq!(whole, largest, "a separate tag would add a word");
    // The same trick: `None` is kept in a value a `String` never holds.
    assert_eq!(size_of::<Option<String>>(), size_of::<String>());
}

#[test]
fn the_variant_is_part_of_the_value() {
    let a = Message::Move { x: 1, y: 2 };
    let b = Message::Move { x: 9, y: 9 };
    assert_eq!(discriminant(&a), discriminant(&b));
    assert_ne!(discriminant(&a), discriminant(&Message::Quit));
}

#[test]
fn option_is_an_ordinary_enum_taken_apart_by_match() {
    let found: Option<&str> = Option::Some("Alice");
    let greeting = match found {
        Option::Some(name) => format!("Hello, {name}"),
        Option::None => "Hello, nobody".to_string(),
    };
    assert_eq!(greeting, "Hello, Alice");
    let missing: Result<u8, _> = "x".parse::<u8>();
    assert!(matches!(missing, Result::Err(_)));
}

#[test]
fn std_promises_option_of_a_reference_or_nonzero_is_no_bigger() {
    // The one layout promise an enum gets from std (module `std::option`, "Representation").
    assert_eq!(size_of::<Option<&u64>>(), size_of::<&u64>());
    assert_eq!(size_of::<Option<Box<u64>>>(), size_of::<Box<u64>>());
    assert_eq!(size_of::<Option<std::num::NonZeroU32>>(), size_of::<u32>());
    // Not promised for a plain integer: every u32 value is taken, so `None` needs room.
    assert!(size_of::<Option<u32>>() > size_of::<u32>());
}
