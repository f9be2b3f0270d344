//! Chapter 13, *Concurrency*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod asynchrony;
pub mod counter;
pub mod primitives;
pub mod sharing;
pub mod startup;
