//! The lecture's exercise. Ledger: exercise/*.
use chapter_10::summary::{Article, NON_ASCII_BODY, Tweet, lecture_preview, notify};

#[test]
fn notify_prints_the_lecture_summaries() {
    assert_eq!(
        notify(&Article::lecture()),
        "📢 Rust is great — Here is why Rust bea..."
    );
    assert_eq!(
        notify(&Tweet::lecture()),
        "📢 @rustacean: Just shipped my first crate!"
    );
    // The lecture's byte cut keeps the same 20 characters of this ASCII body as ours.
    assert_eq!(
        lecture_preview(&Article::lecture().body),
        "Here is why Rust bea"
    );
}

#[test]
fn the_lecture_slice_keeps_20_bytes_of_ascii() {
    assert_eq!(
        lecture_preview("Here is why Rust beats Python"),
        "Here is why Rust bea"
    );
    assert_eq!(lecture_preview("tiny"), "tiny");
}

#[test]
#[should_panic(expected = "byte index 20 is not a char boundary")]
fn the_lecture_slice_panics_inside_a_multibyte_character() {
    let _ = lecture_preview(NON_ASCII_BODY);
}

#[test]
fn cutting_by_characters_never_panics() {
    let article = Article {
        title: "Café".into(),
        body: NON_ASCII_BODY.into(),
    };
    assert_eq!(notify(&article), "📢 Café — Über die Straße — sc...");
}

#[test]
fn a_body_shorter_than_20_still_gets_the_three_dots() {
    // The lecture's format string appends `...` whatever the length; so does ours.
    let article = Article {
        title: "T".into(),
        body: "tiny".into(),
    };
    assert_eq!(notify(&article), "📢 T — tiny...");
    assert_eq!(lecture_preview("tiny"), "tiny");
}
