//! Every exercise template, as committed, fails to compile the way the lecture predicts: rustc's
//! real output is beside each template (`exercises/<name>.stderr`), and the ledger names the
//! error code it must show. A student's edited template is skipped, not failed (see the
//! harness). Bless with `TRYBUILD=overwrite cargo test -p chapter-03 --test exercises`.
#[test]
fn exercises() {
    textbook_harness::exercises(env!("CARGO_PKG_NAME"));
}
