//! Chapter 2, *Getting started*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod bindings;
pub mod flow;
pub mod hello;
pub mod shapes;
pub mod speed;
pub mod tools;
pub mod visibility;
