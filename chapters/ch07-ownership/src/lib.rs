//! Chapter 7, *Ownership and borrowing*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! One module per section of the lecture, each ending in a `demo` that prints its results through
//! [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod borrowing;
pub mod drops;
pub mod exercise;
pub mod lifetimes;
pub mod moves;
pub mod ownership;
pub mod smart_pointers;
