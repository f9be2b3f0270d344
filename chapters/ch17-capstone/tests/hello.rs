//! Hello on both sides. Ledger: `hello/same-greeting`.
use chapter_17::hello::greet;

#[test]
fn greet_formats_the_name_into_the_greeting() {
    assert_eq!(greet("Ferris"), "Hello, Ferris!");
}
