//! Chapter 9, *Error handling*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod app_context;
pub mod custom;
pub mod panics;
pub mod parse_port;
pub mod propagation;
pub mod results;
pub mod scratch;
