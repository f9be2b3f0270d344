//! Chapter 4, *Control flow*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod conditionals;
pub mod expressions;
pub mod fizzbuzz;
pub mod functions;
pub mod loops;
pub mod methods;
