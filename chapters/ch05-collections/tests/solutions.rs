//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/word_frequencies.rs"]
mod word_frequencies;

#[allow(dead_code)]
#[path = "../solutions/list_get_default.rs"]
mod list_get_default;

#[allow(dead_code)]
#[path = "../solutions/unique_points.rs"]
mod unique_points;

#[allow(dead_code)]
#[path = "../solutions/display_rectangle.rs"]
mod display_rectangle;
