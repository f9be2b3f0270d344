//! The lecture's table of Python dunder methods and the Rust traits that play their part, one row
//! at a time. `Point` has integer fields because the derived `Eq`, `Hash` and `Ord` need fields
//! that have them, and `f64` has none of the three (tests/ui/dunder/).

use std::cell::RefCell;
use std::collections::HashSet;
use std::ops::{Add, Index};

use textbook_report::{Report, rejected};

use crate::json;
use crate::structs::Rectangle;

/// `__eq__`, `__hash__`, `__lt__`… all derived: fields compared in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// `__add__`.
impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point {
            x: self.x + other.x,
            y: self.y + other.y,
        }
    }
}

/// A collection of our own: `__len__`, `__getitem__`, `__contains__` and `__iter__`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    cards: Vec<String>,
}

impl Deck {
    /// `__init__`: an ordinary associated function, by convention called `new`.
    pub fn new(cards: &[&str]) -> Deck {
        Deck {
            cards: cards.iter().map(|c| c.to_string()).collect(),
        }
    }

    /// `__len__` has no trait: a collection's length is an inherent method by convention.
    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// `__contains__` has no trait either, and `in` is not an operator Rust lets you overload.
    pub fn contains(&self, card: &str) -> bool {
        self.cards.iter().any(|c| c == card)
    }
}

/// `__getitem__`: `deck[i]`. `index` returns a reference into the deck, never a new value.
impl Index<usize> for Deck {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        &self.cards[i]
    }
}

/// `__iter__` is `IntoIterator` (what `for` calls), not `Iterator` (Python's `__next__`): here
/// for `&Deck`, so that a `for` loop borrows the deck and leaves it usable.
impl<'a> IntoIterator for &'a Deck {
    type Item = &'a str;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, String>, fn(&'a String) -> &'a str>;
    fn into_iter(self) -> Self::IntoIter {
        self.cards.iter().map(String::as_str)
    }
}

/// `__enter__`/`__exit__`: what a `with` block does at its end, `Drop` does at the owner's.
#[derive(Debug)]
pub struct Session<'log> {
    log: &'log RefCell<Vec<String>>,
}

impl<'log> Session<'log> {
    pub fn open(log: &'log RefCell<Vec<String>>) -> Session<'log> {
        log.borrow_mut().push("open".into());
        Session { log }
    }

    pub fn work(&self) {
        self.log.borrow_mut().push("work".into());
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push("close".into());
    }
}

/// The events of a session used in a block, and what happens after the block.
pub fn session_log() -> Vec<String> {
    let log = RefCell::new(Vec::new());
    {
        let session = Session::open(&log);
        session.work();
    }
    log.borrow_mut().push("after".into());
    log.into_inner()
}

/// Three points, two equal: how many a `HashSet` keeps.
pub fn distinct_points() -> usize {
    let points = [
        Point { x: 1, y: 2 },
        Point { x: 1, y: 2 },
        Point { x: 0, y: 5 },
    ];
    points.into_iter().collect::<HashSet<_>>().len()
}

pub fn sorted_points() -> Vec<(i32, i32)> {
    let mut points = vec![
        Point { x: 1, y: 2 },
        Point { x: 0, y: 5 },
        Point { x: 1, y: 1 },
    ];
    points.sort();
    points.into_iter().map(|p| (p.x, p.y)).collect()
}

pub fn demo(report: &Report) {
    let r = Rectangle::new(10.0, 5.0);
    report.say(
        "__str__ → Display, __repr__ → Debug (its format is Rust's own, not a constructor call):",
    );
    report.contrast("str", &r, "display/f64-whole-number");
    report.contrast("repr", format!("{r:?}"), "dunder/repr-debug");

    let (a, b) = (Point { x: 1, y: 2 }, Point { x: 1, y: 2 });
    report.say("\n__eq__, __hash__, __lt__ → derived PartialEq, Eq + Hash, PartialOrd + Ord:");
    report.result("eq", a == b);
    report.result("distinct_in_set", distinct_points());
    report.result("sorted", json(sorted_points()));
    report.result("lt", Point { x: 0, y: 9 } < Point { x: 1, y: 0 });
    report.contrast(
        "hash_float_fields",
        rejected(include_str!(
            "../tests/ui/dunder/hash-of-a-float-field.stderr"
        )),
        "dunder/hash-derive",
    );
    report.contrast(
        "eq_not_derived",
        rejected(include_str!(
            "../tests/ui/dunder/eq-without-partialeq.stderr"
        )),
        "dunder/eq-partialeq",
    );

    report.say("\n__add__ → Add:");
    let sum = a + Point { x: 3, y: 4 };
    report.result("add", json((sum.x, sum.y)));

    let deck = Deck::new(&["ace", "king", "queen"]);
    report.say("\n__len__, __getitem__, __contains__, __iter__ on a collection of our own:");
    report.result("len", deck.len());
    report.result("getitem", &deck[1]);
    report.result("contains", deck.contains("king"));
    report.result("iterate", json((&deck).into_iter().collect::<Vec<_>>()));
    report.contrast(
        "iterate_without_trait",
        rejected(include_str!(
            "../tests/ui/dunder/for-over-a-struct-without-intoiterator.stderr"
        )),
        "dunder/iter",
    );

    report.say("\n__enter__/__exit__ → Drop, at the end of the owner's scope:");
    report.result("session", json(session_log()));
}
