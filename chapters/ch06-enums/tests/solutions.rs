//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/shape_area.rs"]
mod shape_area;

#[allow(dead_code)]
#[path = "../solutions/or_default.rs"]
mod or_default;

#[allow(dead_code)]
#[path = "../solutions/guarded_temperature.rs"]
mod guarded_temperature;

#[allow(dead_code)]
#[path = "../solutions/get_or_raise.rs"]
mod get_or_raise;

#[allow(dead_code)]
#[path = "../solutions/refutable_let.rs"]
mod refutable_let;
