//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/first_program.rs"]
mod first_program;

#[allow(dead_code)]
#[path = "../solutions/semicolon_value.rs"]
mod semicolon_value;

#[allow(dead_code)]
#[path = "../solutions/trait_not_implemented.rs"]
mod trait_not_implemented;

#[allow(dead_code)]
#[path = "../solutions/exhaustive_match.rs"]
mod exhaustive_match;

#[allow(dead_code)]
#[path = "../solutions/for_consumes.rs"]
mod for_consumes;

#[allow(dead_code)]
#[path = "../solutions/private_helper.rs"]
mod private_helper;
