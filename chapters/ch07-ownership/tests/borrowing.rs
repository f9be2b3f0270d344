//! Borrowing and lifetimes: the lent book, the rules block as it compiles, and the lecture's two
//! functions with borrowed results.
use chapter_07::borrowing::*;
use chapter_07::lifetimes::*;

#[test]
fn many_readers_look_at_the_book_at_once() {
    assert_eq!(two_readers(), "Dune (0 notes) | Dune (0 notes)");
}

#[test]
fn the_writers_note_is_seen_once_the_writing_is_over() {
    assert_eq!(write_then_read(), "Dune (1 notes)");
}

#[test]
fn a_photocopy_is_a_clone_and_the_original_gets_no_note() {
    assert_eq!(notes_in_the_original_after_writing_on_a_copy(), 0);
}

#[test]
fn giving_the_book_away_hands_it_over() {
    assert_eq!(
        give_away(Book::new("Dune")),
        "Dune now belongs to someone else"
    );
}

#[test]
fn two_readers_then_one_writer_compile_and_the_push_lands() {
    let (readers, after) = shared_then_exclusive();
    assert_eq!(readers, "[1, 2, 3] [1, 2, 3]");
    assert_eq!(after, "[1, 2, 3, 4]");
}

#[test]
fn retain_removes_every_even_number_even_adjacent_ones() {
    assert_eq!(remove_evens(vec![1, 2, 4, 3]), [1, 3]);
}

#[test]
fn first_word_returns_a_slice_of_its_input() {
    let sentence = String::from("hello world");
    let word = first_word(&sentence);
    assert_eq!(word, "hello");
    assert!(std::ptr::eq(word.as_ptr(), sentence.as_ptr()));
    assert_eq!(first_word("   "), "");
}

#[test]
fn longest_returns_the_longer_and_the_second_on_a_tie() {
    assert_eq!(longest("ab", "abc"), "abc");
    assert_eq!(longest("abcd", "abc"), "abcd");
    let (a, b) = (String::from("abc"), String::from("xyz"));
    assert!(std::ptr::eq(longest(&a, &b), b.as_str()));
}

#[test]
fn longest_works_while_both_inputs_are_alive_however_different_their_scopes() {
    let title = String::from("The Rust Programming Language");
    let seen = {
        let edition = String::from("2024");
        let result = longest(&title, &edition);
        // Used while the shorter-lived `edition` is still alive: accepted. The same use after the
        // inner scope is E0597 (tests/ui/lifetimes/longest-outlives-the-shorter-input.rs).
        assert!(std::ptr::eq(result, title.as_str()));
        result.len()
    };
    assert_eq!(seen, title.len());
}

#[test]
fn returning_the_owned_value_replaces_a_reference_to_a_local() {
    assert_eq!(shout("alice"), "ALICE");
}
