"""Borrowing and lifetimes: the twin of ``src/bin/borrowing.rs``.

Python's names are not photocopies of the book: every name reaches the same book, and a note
written through one is read through all. Nothing stops two writers, or a write while someone
reads; changing a collection while walking it is caught at run time for dicts and sets, and not
at all for lists.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from demo_report import Report, outcome, parse_args


@dataclass
class Book:
    title: str
    notes: list[str] = field(default_factory=list)


def look_at(book: Book) -> str:
    return f"{book.title} ({len(book.notes)} notes)"


def write_in(book: Book, note: str) -> None:
    book.notes.append(note)


def give_away(book: Book) -> str:
    return f"{book.title} now belongs to someone else"


def two_readers() -> str:
    book = Book("Dune")
    alice = book
    bob = book
    return f"{look_at(alice)} | {look_at(bob)}"


def write_then_read() -> str:
    book = Book("Dune")
    write_in(book, "spice")
    return look_at(book)


def notes_in_the_original_after_writing_on_a_second_name() -> int:
    """The lecture's "everyone has a photocopy", tried: the second name is the same book."""
    original = Book("Dune")
    photocopy = original
    write_in(photocopy, "spice")
    return len(original.notes)


def notes_in_the_original_after_writing_on_a_real_copy() -> int:
    original = Book("Dune")
    photocopy = copy.deepcopy(original)
    write_in(photocopy, "spice")
    return len(original.notes)


def give_away_while_lent() -> str:
    book = Book("Dune")
    reader = book
    give_away(book)
    return f"accepted: the reader still sees {reader.title}"


def replace_while_lent() -> str:
    book = Book("Dune")
    reader = book
    book = Book("Emma")
    return f"accepted: the reader still sees {reader.title}, the shelf has {book.title}"


def shared_then_exclusive() -> tuple[str, str, str]:
    data = [1, 2, 3]
    a = data
    b = data
    readers = f"{a} {b}"
    c = data
    c.append(4)
    return readers, str(data), str(a)


def two_writers() -> str:
    notes = ["chapter 1"]
    first = notes
    second = notes
    first.append("first's note")
    second.append("second's note")
    return f"accepted: {len(notes)} notes"


def grow_a_dict_while_iterating() -> dict[str, int]:
    scores = {"a": 1, "b": 2}
    for key in scores:
        if key == "a":
            scores["c"] = 3
    return scores


def remove_evens_while_iterating(values: list[int]) -> list[int]:
    for v in values:
        if v % 2 == 0:
            values.remove(v)
    return values


def remove_evens(values: list[int]) -> list[int]:
    return [v for v in values if v % 2 != 0]


def first_word(s: str) -> str:
    words = s.split()
    return words[0] if words else ""


def longest(a: str, b: str) -> str:
    return a if len(a) > len(b) else b


def longest_after_scope() -> str:
    title = "The Rust Programming Language"

    def inner() -> str:
        edition = "2024"
        return longest(title, edition)

    return inner()


def shout(name: str) -> str:
    loud = name.upper()
    return loud


def demo(report: Report) -> None:
    report.say("Many may look at the book at once:")
    report.result("two_readers", two_readers())
    report.say("One writes in it; everyone sees the note:")
    report.result("write_then_read", write_then_read())
    report.say("The lecture's 'photocopy' is a second name, so the original has the note too:")
    report.contrast(
        "photocopy_note",
        f"notes in the original: {notes_in_the_original_after_writing_on_a_second_name()}",
        "borrowing/python-photocopy",
    )
    report.result("give_away", give_away(Book("Dune")))

    report.say("\nGiving away or replacing a book someone is reading: nothing objects.")
    report.contrast("give_away_while_lent", give_away_while_lent(), "borrowing/lent-means-frozen")
    report.contrast("replace_while_lent", replace_while_lent(), "borrowing/lent-means-frozen")

    report.say("\nThe rules block in Python: three names, one list, every change seen by all.")
    readers, after, a_after = shared_then_exclusive()
    report.result("shared_borrows", readers)
    report.result("after_push", after)
    report.contrast("read_a_after_mut", a_after, "borrowing/shared-xor-mutable")
    report.contrast("two_writers", two_writers(), "borrowing/one-writer")

    report.say("\nChanging a collection while walking it:")
    report.contrast(
        "grow_while_iterating",
        outcome(grow_a_dict_while_iterating),
        "borrowing/python-modified-during-iteration",
    )
    report.contrast(
        "remove_while_iterating",
        f"{remove_evens_while_iterating([1, 2, 4, 3])}: the 4 was skipped, silently",
        "borrowing/python-modified-during-iteration",
    )
    report.result("remove_evens", remove_evens([1, 2, 4, 3]))

    report.say("\nLifetimes: Python has none to write; objects live while referenced.")
    report.result("first_word", f'"{first_word("hello world")}"')
    report.result("first_word_empty", f'"{first_word("   ")}"')
    report.contrast(
        "longest_unannotated",
        f"accepted, no annotation: {longest('ab', 'abc')}",
        "lifetimes/compiler-asks",
    )
    report.result("longest", longest("ab", "abc"))
    report.result("longest_tie", longest("abc", "xyz"))
    report.contrast("longest_after_scope", longest_after_scope(), "lifetimes/longest-both-inputs")
    report.contrast("reference_to_local", shout("alice"), "lifetimes/no-dangling-return")
    report.result("return_owned", shout("alice"))


if __name__ == "__main__":
    options = parse_args(
        "borrowing",
        "the book: every name is the same book; iteration and mutation; lifetimes need no words",
    )
    demo(Report("borrowing", json_lines=options.json))
