//! Chapter 8, *Crates and modules*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod layout;
pub mod manifest;
pub mod myproject;
pub mod traits;
pub mod visibility;
pub mod workspace;
