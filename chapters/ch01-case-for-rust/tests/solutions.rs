//! Every exercise's solution compiles and passes the tests its template came with: each
//! solutions/<name>.rs is a module here, and its `#[cfg(test)]` tests run as
//! `<name>::tests::<test>`, which is how the ledger names them. The templates themselves are not
//! built by any package (tests/exercises.rs compiles the committed ones, each on its own).

// A solution is also a program: its `main` is for the student's `rustc`, not for these tests.
#[allow(dead_code)]
#[path = "../solutions/moved_vec.rs"]
mod moved_vec;

#[allow(dead_code)]
#[path = "../solutions/borrow_then_push.rs"]
mod borrow_then_push;

#[allow(dead_code)]
#[path = "../solutions/none_upper.rs"]
mod none_upper;

#[allow(dead_code)]
#[path = "../solutions/thread_shared_vec.rs"]
mod thread_shared_vec;

#[allow(dead_code)]
#[path = "../solutions/cpu_work_overflow.rs"]
mod cpu_work_overflow;

#[allow(dead_code)]
#[path = "../solutions/user_input.rs"]
mod user_input;
