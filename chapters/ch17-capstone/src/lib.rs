//! Chapter 17, *Capstone project*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod hello;
