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
#[should_panic(expected = "is not a char boundary")]
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
