//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/fizzbuzz.rs"]
mod fizzbuzz;

#[allow(dead_code)]
#[path = "../solutions/truthy_checks.rs"]
mod truthy_checks;

#[allow(dead_code)]
#[path = "../solutions/tail_semicolon.rs"]
mod tail_semicolon;

#[allow(dead_code)]
#[path = "../solutions/first_number.rs"]
mod first_number;

#[allow(dead_code)]
#[path = "../solutions/apply_closure.rs"]
mod apply_closure;

#[allow(dead_code)]
#[path = "../solutions/counter_methods.rs"]
mod counter_methods;
