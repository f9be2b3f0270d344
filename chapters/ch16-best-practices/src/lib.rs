//! Chapter 16, *Best practices*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod habits;
pub mod pitfalls;
pub mod review;
