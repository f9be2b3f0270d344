//! Seeing when a value is freed. A [`Tracked`] value writes an event into a shared [`Events`] log
//! when it is dropped, so a test (or a demo) can tell "freed here" from "still alive" by reading
//! the log, the way the Python twins use `weakref.finalize`.

use std::cell::RefCell;
use std::rc::Rc;

/// An ordered log of what happened; clones share it. Interior mutability (`Rc<RefCell<_>>`) is
/// what lets a value being dropped write to a log that its owner's caller still reads.
#[derive(Debug, Clone, Default)]
pub struct Events(Rc<RefCell<Vec<String>>>);

impl Events {
    pub fn new() -> Events {
        Events::default()
    }

    pub fn note(&self, event: impl Into<String>) {
        self.0.borrow_mut().push(event.into());
    }

    /// Everything noted so far, oldest first.
    pub fn all(&self) -> Vec<String> {
        self.0.borrow().clone()
    }

    /// Whether `event` has happened.
    pub fn saw(&self, event: &str) -> bool {
        self.0.borrow().iter().any(|e| e == event)
    }

    /// The events joined as one line, e.g. `a moved to b, b dropped, freed [1, 2, 3]`.
    pub fn line(&self) -> String {
        self.0.borrow().join(", ")
    }
}

/// A value that notes `freed <name>` in its log when it is dropped.
#[derive(Debug)]
pub struct Tracked<T: std::fmt::Debug> {
    pub value: T,
    name: String,
    events: Events,
}

impl<T: std::fmt::Debug> Tracked<T> {
    pub fn new(name: &str, value: T, events: &Events) -> Tracked<T> {
        Tracked {
            value,
            name: name.to_string(),
            events: events.clone(),
        }
    }
}

/// A clone is a second value with its own name in the log, and its own drop.
impl<T: std::fmt::Debug + Clone> Clone for Tracked<T> {
    fn clone(&self) -> Tracked<T> {
        Tracked::new(
            &format!("{} (clone)", self.name),
            self.value.clone(),
            &self.events,
        )
    }
}

impl<T: std::fmt::Debug> Drop for Tracked<T> {
    fn drop(&mut self) {
        self.events.note(format!("freed {}", self.name));
    }
}
