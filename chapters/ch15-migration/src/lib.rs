//! Chapter 15, *Migration patterns*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod case_study;
pub mod config;
pub mod crate_map;
pub mod dict_struct;
pub mod raii;
pub mod sales;
pub mod timed;
