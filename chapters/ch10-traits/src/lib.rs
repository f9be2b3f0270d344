//! Chapter 10, *Traits and generics*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod dispatch;
pub mod duck_typing;
pub mod generic_bounds;
pub mod operators;
pub mod protocols;
pub mod std_traits;
pub mod summary;
