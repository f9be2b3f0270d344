//! Chapter 6, *Enums and pattern matching*: the lecture's examples as functions, shared by the
//! tour (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.
//!
//! Each module is one section of the lecture and ends in a `demo` function that prints its
//! results through [`textbook_report::Report`], the protocol the Python twins speak too.

pub mod exhaustive;
pub mod messages;
pub mod option;
pub mod option_methods;
pub mod patterns;
pub mod shapes;
