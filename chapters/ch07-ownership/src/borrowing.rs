//! Borrowing, as the lecture's book. The owner of a `Book` may let many people look at it (`&`),
//! or one person write in it (`&mut`), or give it away (a move); while it is lent it can be
//! neither given away nor replaced (tests/ui/borrowing/). Python's names are not photocopies: they
//! all reach the same book, and a note written through one is read through all.

use textbook_report::{Report, rejected};

/// The lecture's book, with room for notes in the margin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    pub title: String,
    pub notes: Vec<String>,
}

impl Book {
    pub fn new(title: &str) -> Book {
        Book {
            title: title.to_string(),
            notes: Vec::new(),
        }
    }
}

/// `&book`: look at it. Any number of these may exist at once.
pub fn look_at(book: &Book) -> String {
    format!("{} ({} notes)", book.title, book.notes.len())
}

/// `&mut book`: write in it. Only one writer, and no reader, while it lasts.
pub fn write_in(book: &mut Book, note: &str) {
    book.notes.push(note.to_string());
}

/// `book`: give it away. The caller has no book afterwards.
pub fn give_away(book: Book) -> String {
    format!("{} now belongs to someone else", book.title)
}

/// Two readers at the same time.
pub fn two_readers() -> String {
    let book = Book::new("Dune");
    let alice = &book;
    let bob = &book;
    format!("{} | {}", look_at(alice), look_at(bob))
}

/// A writer, then (the writing over) a reader who sees the note.
pub fn write_then_read() -> String {
    let mut book = Book::new("Dune");
    write_in(&mut book, "spice");
    look_at(&book)
}

/// What a real photocopy is: a `clone()`. A note written on the copy is not in the original.
pub fn notes_in_the_original_after_writing_on_a_copy() -> usize {
    let original = Book::new("Dune");
    let mut photocopy = original.clone();
    write_in(&mut photocopy, "spice");
    original.notes.len()
}

/// The lecture's rules block, as it compiles: the shared borrows are last used before the mutable
/// one begins (a borrow lasts until its last use, not to the end of the block).
pub fn shared_then_exclusive() -> (String, String) {
    let mut data = vec![1, 2, 3];
    let a = &data;
    let b = &data;
    let readers = format!("{a:?} {b:?}");
    let c = &mut data;
    c.push(4);
    (readers, format!("{data:?}"))
}

/// Removing the even numbers the way Rust allows: `retain` walks and removes in one pass, so
/// nothing is skipped. (Pushing inside a `for` over the same Vec does not compile.)
pub fn remove_evens(mut values: Vec<i32>) -> Vec<i32> {
    values.retain(|v| v % 2 != 0);
    values
}

pub fn demo(report: &Report) {
    report.say("Many may look at the book at once (`&Book`):");
    report.result("two_readers", two_readers());
    report.say("One may write in it (`&mut Book`); afterwards everyone sees the note:");
    report.result("write_then_read", write_then_read());
    report.say("A photocopy is a clone: a note on the copy is not in the original.");
    report.say("(Python's second name is no photocopy: it is the same book.)");
    report.contrast(
        "photocopy_note",
        format!(
            "notes in the original: {}",
            notes_in_the_original_after_writing_on_a_copy()
        ),
        "borrowing/python-photocopy",
    );
    report.say("Giving the book away:");
    report.result("give_away", give_away(Book::new("Dune")));

    report.say("\nWhile the book is lent, the owner can neither give it away nor replace it:");
    report.contrast(
        "give_away_while_lent",
        rejected(include_str!(
            "../tests/ui/borrowing/give-away-a-lent-book.stderr"
        )),
        "borrowing/lent-means-frozen",
    );
    report.contrast(
        "replace_while_lent",
        rejected(include_str!(
            "../tests/ui/borrowing/replace-a-lent-book.stderr"
        )),
        "borrowing/lent-means-frozen",
    );

    report.say("\nMany `&T` or one `&mut T`: two readers, then one writer, compile...");
    let (readers, after) = shared_then_exclusive();
    report.result("shared_borrows", readers);
    report.result("after_push", after);
    report.say("...and not once `a` is read after the `&mut` began:");
    report.contrast(
        "read_a_after_mut",
        rejected(include_str!(
            "../tests/ui/borrowing/read-a-after-the-mutable-borrow.stderr"
        )),
        "borrowing/shared-xor-mutable",
    );
    report.contrast(
        "two_writers",
        rejected(include_str!(
            "../tests/ui/borrowing/two-writers-at-once.stderr"
        )),
        "borrowing/one-writer",
    );

    report
        .say("\nChanging a collection while walking it: Python finds out at run time, if at all.");
    report.contrast(
        "grow_while_iterating",
        rejected(include_str!(
            "../tests/ui/borrowing/push-while-iterating.stderr"
        )),
        "borrowing/python-modified-during-iteration",
    );
    report.contrast(
        "remove_while_iterating",
        format!(
            "{} (removing inside the loop is the same mistake)",
            rejected(include_str!(
                "../tests/ui/borrowing/push-while-iterating.stderr"
            ))
        ),
        "borrowing/python-modified-during-iteration",
    );
    report.say("Done the way each language intends, both give the same list:");
    report.result(
        "remove_evens",
        format!("{:?}", remove_evens(vec![1, 2, 4, 3])),
    );

    crate::lifetimes::demo(report);
}
