//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/spot_the_borrow_errors.rs"]
mod spot_the_borrow_errors;

#[allow(dead_code)]
#[path = "../solutions/give_back_ownership.rs"]
mod give_back_ownership;

#[allow(dead_code)]
#[path = "../solutions/longest_lifetime.rs"]
mod longest_lifetime;

#[allow(dead_code)]
#[path = "../solutions/initials.rs"]
mod initials;

#[allow(dead_code)]
#[path = "../solutions/bonus_while_iterating.rs"]
mod bonus_while_iterating;

#[allow(dead_code)]
#[path = "../solutions/shared_guest_list.rs"]
mod shared_guest_list;
