//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/temperature.rs"]
mod temperature;

#[allow(dead_code)]
#[path = "../solutions/shadow_parse.rs"]
mod shadow_parse;

#[allow(dead_code)]
#[path = "../solutions/immutable_counter.rs"]
mod immutable_counter;

#[allow(dead_code)]
#[path = "../solutions/python_index.rs"]
mod python_index;

#[allow(dead_code)]
#[path = "../solutions/first_char.rs"]
mod first_char;

#[allow(dead_code)]
#[path = "../solutions/debug_point.rs"]
mod debug_point;
