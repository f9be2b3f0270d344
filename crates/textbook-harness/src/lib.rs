//! The chapter test harness, written once for every chapter: a chapter's `tests/*.rs` are short
//! calls into it.
//!
//! - [`ui`]: every "this does not compile" claim, `tests/ui/**/*.rs` against rustc's real output.
//! - [`exercises()`]: every committed exercise template fails to compile as its `.stderr` says.
//! - [`fingerprint`]: how a template is told from a student's work (the xtask uses it too).
//! - [`run_with_timeout`]: a child process with a deadline that kills its whole process group.
//! - [`panic_message`]: what a panic said, to compare whole.
//! - [`Scratch`]: a test's own temp folder, removed when the test ends.
//! - [`rustc()`]: one source file compiled as a program, edition 2024, with a deadline.

mod child;
mod exercises;
mod panics;
mod rustc;
mod scratch;

pub use child::{
    ChildError, kill_group, kill_pid_group, own_group, run_with_timeout, try_run_with_timeout,
};
pub use exercises::{exercises, fingerprint};
pub use panics::panic_message;
pub use rustc::rustc;
pub use scratch::Scratch;

/// Every compile-fail proof of the chapter (`tests/ui/<topic>/<mistake>.rs`), compared with the
/// `.stderr` beside it. Bless with `TRYBUILD=overwrite cargo test -p chapter-NN --test ui`, then
/// read every diff.
pub fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/**/*.rs");
}
