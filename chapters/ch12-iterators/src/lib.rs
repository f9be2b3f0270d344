//! Chapter 12, *Closures and iterators*: the lecture's examples as functions, shared by the tour
//! (`src/main.rs`), the demos (`src/bin/`), the tests and the exercises.

pub mod closure_traits;
pub mod closures;
pub mod comprehensions;
pub mod derives;
pub mod generators;
pub mod late_binding;
pub mod macros;
