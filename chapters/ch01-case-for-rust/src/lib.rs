//! Chapter 1, *The case for Rust*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod deployment;
pub mod gil;
pub mod memory;
pub mod none;
pub mod performance;
pub mod philosophy;
pub mod types;
pub mod validation;
